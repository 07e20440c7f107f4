<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountTypes</name>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Claude Console</source>
        <translation>Claude Console</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>OpenAI Responses</source>
        <translation>OpenAI Responses</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Gemini API</source>
        <translation>Gemini API</translation>
    </message>
    <message>
        <source>Droid</source>
        <translation>Droid</translation>
    </message>
    <message>
        <source>CCR</source>
        <translation>CCR</translation>
    </message>
    <message>
        <source>Bedrock</source>
        <translation>Bedrock</translation>
    </message>
    <message>
        <source>Account group</source>
        <extracomment>An account group, which a key can be bound to instead of a single account.</extracomment>
        <translation>账户组</translation>
    </message>
</context>
<context>
    <name>ApiKeyCodec</name>
    <message numerus="yes">
        <source>%1… (%n bytes)</source>
        <extracomment>%1 is the start of a long stored value, %n its full size in bytes.</extracomment>
        <translation>
            <numerusform>%1…（%n 字节）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>无法打开审计日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit log %1.</source>
        <translation>无法写入审计日志 %1。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The key was changed by someone else</source>
        <translation>该密钥已被他人修改</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Redis</source>
        <translation>连接到 Redis</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>default user</source>
        <translation>默认用户</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>使用 &amp;TLS</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>system authorities</source>
        <translation>系统证书颁发机构</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>选择 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <source>Choose the client certificate (PEM)</source>
        <translation>选择客户端证书（PEM）</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <source>Choose the client&apos;s private key (PEM, unencrypted)</source>
        <translation>选择客户端的私钥（PEM，未加密）</translation>
    </message>
    <message>
        <source>Server name:</source>
        <translation>服务器名称：</translation>
    </message>
    <message>
        <source>same as the host</source>
        <translation>与主机相同</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>验证服务器证书</translation>
    </message>
    <message>
        <source>Without verification anyone between you and the server can read the password and the data.</source>
        <translation>不验证证书时，您与服务器之间的任何人都能读取密码和数据。</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Command timeout:</source>
        <translation>命令超时：</translation>
    </message>
    <message>
        <source>&amp;Read-only: never send a write command</source>
        <translation>只读(&amp;R)：从不发送写命令</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo key &quot;%1&quot; could not be written (%2): %3 %4</source>
        <translation>无法写入演示密钥“%1”（%2）：%3 %4</translation>
    </message>
</context>
<context>
    <name>DetailFormat</name>
    <message>
        <source>$%1</source>
        <extracomment>A cost in US dollars; %1 is the formatted number.</extracomment>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>Duration unit: days</extracomment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Duration unit: hours</extracomment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Duration unit: minutes</extracomment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Duration unit: seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>Time until a future instant, e.g. &quot;in 3 d 2 h&quot;</extracomment>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>Time since a past instant, e.g. &quot;3 d 2 h ago&quot;</extracomment>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a date and time, %2 how long ago or from now (&quot;in 3 d&quot;, &quot;2 h ago&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: not KEY=VALUE</source>
        <translation>第 %1 行：不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a variable name</source>
        <translation>第 %1 行：“%2”不是有效的变量名</translation>
    </message>
    <message>
        <source>line %1: the quote of %2 is not closed</source>
        <translation>第 %1 行：%2 的引号未闭合</translation>
    </message>
</context>
<context>
    <name>FieldEncoding</name>
    <message>
        <source>The value is not valid UTF-8 text.</source>
        <translation>该值不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The value is unusually long.</source>
        <translation>该值异常地长。</translation>
    </message>
    <message>
        <source>Expected &quot;true&quot; or &quot;false&quot;; the service reads anything else as false.</source>
        <extracomment>&quot;true&quot; and &quot;false&quot; are stored values; keep them untranslated.</extracomment>
        <translation>应为 &quot;true&quot; 或 &quot;false&quot;；其他任何值都会被服务读作 false。</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>该值不是数字。</translation>
    </message>
    <message>
        <source>The value is not a whole number written with digits only.</source>
        <translation>该值不是仅由数字组成的整数。</translation>
    </message>
    <message>
        <source>The number is too large to be used exactly.</source>
        <translation>该数字过大，无法精确使用。</translation>
    </message>
    <message>
        <source>The value is not a valid ISO 8601 date and time.</source>
        <translation>该值不是有效的 ISO 8601 日期时间。</translation>
    </message>
    <message>
        <source>The value is not valid JSON.</source>
        <translation>该值不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The JSON value does not have the expected structure.</source>
        <translation>该 JSON 值的结构不符合预期。</translation>
    </message>
    <message>
        <source>The stored key hash is not 64 lowercase hexadecimal characters.</source>
        <translation>存储的密钥哈希不是 64 位小写十六进制字符。</translation>
    </message>
</context>
<context>
    <name>HealthAnalyser</name>
    <message>
        <source>The key is marked deleted but also active, so it authenticates again%1. The service revives deleted keys when any update or a stale whole-hash write sets isActive (data model 16 items 1-2).</source>
        <translation>该密钥已标记为删除，但同时处于启用状态，因此它又能通过认证%1。当任何更新或过期的整哈希写入设置 isActive 时，服务会复活已删除的密钥（数据模型 16 第 1–2 项）。</translation>
    </message>
    <message>
        <source> once the service restarts and re-adds its hash map entry</source>
        <translation> （在服务重启并重新添加其哈希映射条目后）</translation>
    </message>
    <message>
        <source>Sets isActive to false, as a soft delete leaves it. To bring the key back, restore it instead.</source>
        <translation>将 isActive 设为 false，与软删除留下的状态一致。若要恢复该密钥，请改用“恢复”。</translation>
    </message>
    <message>
        <source>expiresAt holds &quot;%1&quot;, which is not a date. The service compares it as an invalid date, so the key never expires (data model 17.2).</source>
        <translation>expiresAt 的值为“%1”，不是日期。服务将其作为无效日期比较，因此该密钥永不过期（数据模型 17.2）。</translation>
    </message>
    <message>
        <source>No automatic repair: only you know the intended date. Set the expiry in the key editor.</source>
        <translation>无自动修复：只有您知道预期的日期。请在密钥编辑器中设置过期时间。</translation>
    </message>
    <message>
        <source>Fields whose stored value does not match the service&apos;s encoding: %1.</source>
        <translation>存储值与服务编码不符的字段：%1。</translation>
    </message>
    <message>
        <source>No automatic repair: the intended values are unknown. Correct them in the key editor.</source>
        <translation>无自动修复：预期的值未知。请在密钥编辑器中更正。</translation>
    </message>
    <message>
        <source>The key hash has no expiry time. Every save by the service re-arms a 365-day expiry; imports and interrupted saves leave none (data model 11.17, 16 item 3).</source>
        <translation>该密钥哈希没有过期时间。服务每次保存都会重新设置 365 天的过期时间；导入和中断的保存则不会设置（数据模型 11.17、16 第 3 项）。</translation>
    </message>
    <message>
        <source>Sets the 365-day expiry the service&apos;s next save would set.</source>
        <translation>设置服务下次保存时会设置的 365 天过期时间。</translation>
    </message>
    <message>
        <source>apikey:hash_map has no entry for this key&apos;s secret, so requests with the key are refused as &quot;API key not found&quot; although it looks usable.</source>
        <translation>apikey:hash_map 中没有该密钥的秘密值条目，因此使用该密钥的请求会以“API key not found”被拒绝，尽管它看起来可用。</translation>
    </message>
    <message>
        <source>Adds the hash map entry that create and update write.</source>
        <translation>添加创建和更新时会写入的哈希映射条目。</translation>
    </message>
    <message>
        <source>The key&apos;s secret maps to another key (%1) in apikey:hash_map: two keys share one secret.</source>
        <translation>该密钥的秘密值在 apikey:hash_map 中映射到另一个密钥（%1）：两个密钥共用一个秘密值。</translation>
    </message>
    <message>
        <source>No automatic repair: decide which key owns the secret and regenerate the other.</source>
        <translation>无自动修复：请决定哪个密钥拥有该秘密值，并重新生成另一个。</translation>
    </message>
    <message>
        <source>This key hash holds only apiKey and updatedAt. The service&apos;s regenerate creates such records for ids that do not exist (data model 11.14, B4); it has no name and cannot authenticate.</source>
        <translation>该密钥哈希只包含 apiKey 和 updatedAt。服务的重新生成会为不存在的 ID 创建这样的记录（数据模型 11.14，B4）；它没有名称，也无法通过认证。</translation>
    </message>
    <message>
        <source>Deletes the record and every map, ranking and index entry pointing at it.</source>
        <translation>删除该记录，以及指向它的所有映射、排名和索引条目。</translation>
    </message>
    <message>
        <source>permissions is stored as &quot;%1&quot;, the comma-joined form of 1.1.235&apos;s update bug. This release reads it as one unknown service, so the key can use no service at all (data model 5.2 b).</source>
        <translation>permissions 存储为“%1”，即 1.1.235 更新缺陷产生的逗号拼接形式。此版本将其读作一个未知服务，因此该密钥无法使用任何服务（数据模型 5.2 b）。</translation>
    </message>
    <message>
        <source>permissions is stored as &quot;%1&quot;, the comma-joined form of 1.1.235&apos;s update bug. This release splits it when reading, but older releases would lock the key out (data model 5.2 b).</source>
        <translation>permissions 存储为“%1”，即 1.1.235 更新缺陷产生的逗号拼接形式。此版本读取时会将其拆分，但较旧的版本会锁定该密钥（数据模型 5.2 b）。</translation>
    </message>
    <message>
        <source>permissions is stored as the legacy text &quot;%1&quot;. The service still reads it (&quot;all&quot; = every service), but new data uses a JSON array (data model 5.2 b).</source>
        <translation>permissions 存储为旧式文本“%1”。服务仍能读取（&quot;all&quot; = 所有服务），但新数据使用 JSON 数组（数据模型 5.2 b）。</translation>
    </message>
    <message>
        <source>Stores the same services as the JSON array %1.</source>
        <translation>以 JSON 数组 %1 存储相同的服务。</translation>
    </message>
    <message>
        <source>%1 hold(s) the text &quot;undefined&quot; or &quot;null&quot;, which 1.1.235&apos;s update writes when given no value (data model 11.6, B16). The service reads them as false.</source>
        <translation>%1 存储了文本 &quot;undefined&quot; 或 &quot;null&quot;，这是 1.1.235 的更新在未提供值时写入的（数据模型 11.6，B16）。服务将其读作 false。</translation>
    </message>
    <message>
        <source>Stores the value the service already reads: false.</source>
        <translation>存储服务已读取到的值：false。</translation>
    </message>
    <message>
        <source>apikey:hash_map maps a secret to %1, which has no key hash (expired after 365 days unused, or hard-deleted). The service removes it lazily only when someone presents that secret (data model 6).</source>
        <translation>apikey:hash_map 将一个秘密值映射到 %1，但它没有密钥哈希（365 天未使用后过期，或已被硬删除）。服务只有在有人出示该秘密值时才会延迟删除它（数据模型 6）。</translation>
    </message>
    <message>
        <source>apikey:hash_map still maps an old secret to this key, whose current secret is different: after a regenerate in 1.1.235 the old plaintext key keeps working (data model 6, B3).</source>
        <translation>apikey:hash_map 仍将一个旧秘密值映射到该密钥，而其当前秘密值已不同：在 1.1.235 中重新生成后，旧的明文密钥仍然可用（数据模型 6，B3）。</translation>
    </message>
    <message>
        <source>apikey:hash_map still maps the secret of this deleted key. The key is refused only because isActive is false; 1.1.263+ re-adds such entries at every start-up, so this comes back until the key is permanently deleted (data model 18.5, B23).</source>
        <translation>apikey:hash_map 仍映射着这个已删除密钥的秘密值。该密钥被拒绝只是因为 isActive 为 false；1.1.263+ 每次启动都会重新添加此类条目，因此在永久删除该密钥之前它会一直出现（数据模型 18.5，B23）。</translation>
    </message>
    <message>
        <source>apikey:hash_map still maps the secret of this deleted key: 1.1.235&apos;s soft delete keeps it, so the key is refused only because isActive is false, and any update that sets isActive revives it (data model 6, B2).</source>
        <translation>apikey:hash_map 仍映射着这个已删除密钥的秘密值：1.1.235 的软删除会保留它，因此该密钥被拒绝只是因为 isActive 为 false，任何设置 isActive 的更新都会使其复活（数据模型 6，B2）。</translation>
    </message>
    <message>
        <source>Removes the hash map entry, so that secret no longer resolves.</source>
        <translation>删除该哈希映射条目，使该秘密值不再能解析。</translation>
    </message>
    <message>
        <source>%1 is a reverse record written by restore. This release reads it only when apikey:hash_map lacks the secret, and then re-adds the map entry (data model 18.5).</source>
        <translation>%1 是恢复操作写入的反向记录。此版本仅在 apikey:hash_map 缺少该秘密值时读取它，然后重新添加映射条目（数据模型 18.5）。</translation>
    </message>
    <message>
        <source>%1 is a reverse record written by 1.1.235&apos;s restore without an expiry; nothing in 1.1.235 reads it (data model 6).</source>
        <translation>%1 是 1.1.235 的恢复操作写入的无过期时间的反向记录；1.1.235 中没有任何地方读取它（数据模型 6）。</translation>
    </message>
    <message>
        <source>Deletes the reverse record; apikey:hash_map keeps authenticating the key.</source>
        <translation>删除该反向记录；apikey:hash_map 仍可对该密钥进行认证。</translation>
    </message>
    <message>
        <source>%1 is a %2, not a hash. 1.1.235 reads every apikey:* key as a hash, so this one key makes its key list fail with WRONGTYPE: the tag list, the deleted list, clear-all, the expiry sweep and the user views break (data model 7, B14).</source>
        <translation>%1 是 %2，而不是哈希。1.1.235 将所有 apikey:* 键都当作哈希读取，因此这一个键会使其密钥列表以 WRONGTYPE 失败：标签列表、已删除列表、全部清除、过期清理和用户视图都会出错（数据模型 7，B14）。</translation>
    </message>
    <message>
        <source>Deletes this leftover of the 1.1.263+ key index; a later 1.1.263+ start rebuilds the index.</source>
        <translation>删除 1.1.263+ 密钥索引的这个残留项；之后 1.1.263+ 启动时会重建索引。</translation>
    </message>
    <message>
        <source>Moves the key out of apikey: to %1, keeping its content.</source>
        <translation>将该键移出 apikey:，改名为 %1，内容保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>%n usage key(s) of %1, which has no key hash any more: the permanent delete leaves usage:{id} and usage:{id}:model:* behind (data model 14.8, B7).</source>
        <translation>
            <numerusform>%1 已没有密钥哈希，但仍有 %n 个用量键：永久删除会遗留 usage:{id} 和 usage:{id}:model:*（数据模型 14.8，B7）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes these usage keys; no other key reads them.</source>
        <translation>删除这些用量键；没有其他密钥会读取它们。</translation>
    </message>
    <message numerus="yes">
        <source>%1, which has no key hash any more, is still listed in %n usage index set(s); the 1.1.314 permanent delete leaves these memberships (data model 18.8, B7).</source>
        <translation>
            <numerusform>%1 已没有密钥哈希，但仍列在 %n 个用量索引集合中；1.1.314 的永久删除会遗留这些成员（数据模型 18.8，B7）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes the id from these sets. They also expire on their own within 32 days.</source>
        <translation>从这些集合中移除该 ID。它们也会在 32 天内自行过期。</translation>
    </message>
    <message numerus="yes">
        <source>%n usage index set(s) contain the member &quot;index&quot;, which is no key id or model: 1.1.314&apos;s start-up usage-index migration matches its own index keys.</source>
        <translation>
            <numerusform>%n 个用量索引集合包含成员 &quot;index&quot;，它既不是密钥 ID 也不是模型：1.1.314 启动时的用量索引迁移匹配到了它自己的索引键。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes the member &quot;index&quot;; the migration runs once, so it does not return.</source>
        <translation>移除成员 &quot;index&quot;；迁移只运行一次，因此它不会再出现。</translation>
    </message>
    <message>
        <source>%1 is ranked in %2 but has no key hash: hard delete does not touch the cost ranking, which keeps it until its next rebuild (data model 8).</source>
        <translation>%1 在 %2 中有排名，但没有密钥哈希：硬删除不会修改费用排名，排名会保留它直到下次重建（数据模型 8）。</translation>
    </message>
    <message>
        <source>Removes the id from the cost rankings.</source>
        <translation>从费用排名中移除该 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%n per-minute metrics hash(es) never expire: 1.1.235 sends EXPIRE with the argument NaN, which Redis rejects, so one hash per minute of traffic accumulates (data model 14.2, B13).</source>
        <translation>
            <numerusform>%n 个每分钟指标哈希永不过期：1.1.235 发送参数为 NaN 的 EXPIRE，Redis 会拒绝，因此每分钟的流量都会累积一个哈希（数据模型 14.2，B13）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives each hash the 10-minute expiry that 1.1.314 uses.</source>
        <translation>为每个哈希设置 1.1.314 所用的 10 分钟过期时间。</translation>
    </message>
</context>
<context>
    <name>HealthIndexAnalyser</name>
    <message>
        <source>The key is not in the key index, so the default admin list of 1.1.263+ does not show it although it authenticates (data model 18.6, B25).</source>
        <translation>该密钥不在密钥索引中，因此 1.1.263+ 的默认管理列表不显示它，尽管它能通过认证（数据模型 18.6，B25）。</translation>
    </message>
    <message>
        <source>The key lacks entries in %1, so sorting the admin list by that order misses it (data model 18.6).</source>
        <translation>该密钥在 %1 中缺少条目，因此按该顺序排序管理列表时会漏掉它（数据模型 18.6）。</translation>
    </message>
    <message>
        <source>Adds the missing index entries, as the service&apos;s index maintenance does.</source>
        <translation>添加缺失的索引条目，与服务的索引维护一致。</translation>
    </message>
    <message>
        <source>The key is %1 but the index status sets say otherwise, so the admin list filters it wrongly (data model 18.6).</source>
        <translation>该密钥的状态为“%1”，但索引状态集合显示的不同，因此管理列表的筛选有误（数据模型 18.6）。</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Moves the id to the status set that matches the key.</source>
        <translation>将该 ID 移到与密钥状态相符的状态集合。</translation>
    </message>
    <message>
        <source>The apikey:tag:* sets disagree with the key&apos;s tags (%1), so filtering by tag in the admin list is wrong (data model 18.6).</source>
        <translation>apikey:tag:* 集合与该密钥的标签（%1）不一致，因此在管理列表中按标签筛选的结果有误（数据模型 18.6）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Adds the id to the sets of its tags and removes it from the others.</source>
        <translation>将该 ID 添加到其标签对应的集合，并从其他集合中移除。</translation>
    </message>
    <message>
        <source>apikey:idx:name still holds an old name entry of this key (%1), so searching by name finds it under that name (data model 18.6).</source>
        <translation>apikey:idx:name 仍保存着该密钥的一个旧名称条目（%1），因此按名称搜索时会以该名称找到它（数据模型 18.6）。</translation>
    </message>
    <message>
        <source>Removes the old name entry.</source>
        <translation>移除旧名称条目。</translation>
    </message>
    <message>
        <source>The key index still lists %1, which has no key hash: hard delete does not update the index, so the admin list counts a key it cannot show (data model 18.6, B26).</source>
        <translation>密钥索引仍列出 %1，但它没有密钥哈希：硬删除不会更新索引，因此管理列表统计了一个无法显示的密钥（数据模型 18.6，B26）。</translation>
    </message>
    <message>
        <source>Removes the id from every index set, as a permanent delete does.</source>
        <translation>从所有索引集合中移除该 ID，与永久删除的做法一致。</translation>
    </message>
    <message>
        <source>Tags used by keys are missing from apikey:tags:all, so the tag pickers of the admin do not offer them: %1 (data model 18.7).</source>
        <translation>密钥使用的标签在 apikey:tags:all 中缺失，因此管理后台的标签选择器不会提供它们：%1（数据模型 18.7）。</translation>
    </message>
    <message>
        <source>Adds the tags to apikey:tags:all.</source>
        <translation>将这些标签添加到 apikey:tags:all。</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Hash map entry for a key that no longer exists</source>
        <translation>指向已不存在的密钥的哈希映射条目</translation>
    </message>
    <message>
        <source>Hash map entry for a deleted key</source>
        <translation>指向已删除密钥的哈希映射条目</translation>
    </message>
    <message>
        <source>Old secret of a regenerated key still resolves</source>
        <translation>已重新生成的密钥的旧秘密值仍可解析</translation>
    </message>
    <message>
        <source>Key missing from the hash map</source>
        <translation>哈希映射中缺少密钥</translation>
    </message>
    <message>
        <source>Comma-joined permissions</source>
        <translation>逗号拼接的权限</translation>
    </message>
    <message>
        <source>Legacy permissions text</source>
        <translation>旧式权限文本</translation>
    </message>
    <message>
        <source>Deleted key that is active again</source>
        <translation>已删除但再次启用的密钥</translation>
    </message>
    <message>
        <source>Key without expiry time in Redis</source>
        <translation>Redis 中没有过期时间的密钥</translation>
    </message>
    <message>
        <source>Bogus key record</source>
        <translation>无效的密钥记录</translation>
    </message>
    <message>
        <source>&quot;undefined&quot; or &quot;null&quot; in a yes/no field</source>
        <translation>是/否字段中的 &quot;undefined&quot; 或 &quot;null&quot;</translation>
    </message>
    <message>
        <source>Malformed field</source>
        <translation>格式错误的字段</translation>
    </message>
    <message>
        <source>Unreadable expiry date</source>
        <translation>无法读取的过期日期</translation>
    </message>
    <message>
        <source>Usage data of a permanently deleted key</source>
        <translation>已永久删除密钥的用量数据</translation>
    </message>
    <message>
        <source>Usage index entries of a permanently deleted key</source>
        <translation>已永久删除密钥的用量索引条目</translation>
    </message>
    <message>
        <source>Bogus &quot;index&quot; member in usage indexes</source>
        <translation>用量索引中无效的 &quot;index&quot; 成员</translation>
    </message>
    <message>
        <source>Legacy reverse record (apikey_hash)</source>
        <translation>旧式反向记录（apikey_hash）</translation>
    </message>
    <message>
        <source>Cost ranking entry without a key</source>
        <translation>没有对应密钥的费用排名条目</translation>
    </message>
    <message>
        <source>Per-minute metrics that never expire</source>
        <translation>永不过期的每分钟指标</translation>
    </message>
    <message>
        <source>Non-hash key under apikey:</source>
        <translation>apikey: 下的非哈希键</translation>
    </message>
    <message>
        <source>Key missing from the key index</source>
        <translation>密钥索引中缺少密钥</translation>
    </message>
    <message>
        <source>Stale key index entry</source>
        <translation>过时的密钥索引条目</translation>
    </message>
    <message>
        <source>Key index status sets disagree with the key</source>
        <translation>密钥索引状态集合与密钥不一致</translation>
    </message>
    <message>
        <source>Key index tag sets disagree with the key</source>
        <translation>密钥索引标签集合与密钥不一致</translation>
    </message>
    <message>
        <source>Tags missing from the global tag list</source>
        <translation>全局标签列表中缺少标签</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) checked: no problems found.</source>
        <translation>
            <numerusform>已检查 %n 个密钥：未发现问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s); %5 can be repaired automatically.</source>
        <extracomment>%1 = &quot;N key(s) checked&quot;, %2 = errors, %3 = warnings, %4 = notes, %5 = repairable findings</extracomment>
        <translation>%1：%2 个错误、%3 个警告、%4 个提示；其中 %5 个可自动修复。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) checked</source>
        <translation>
            <numerusform>已检查 %n 个密钥</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyEditorBasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>What the key is for, e.g. team-a build server</source>
        <translation>该密钥的用途，例如 team-a 构建服务器</translation>
    </message>
    <message>
        <source>&amp;Number of keys:</source>
        <translation>密钥数量(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional notes for admins</source>
        <translation>给管理员的可选备注</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>所有者(&amp;O)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Enabled: clients can use this key</source>
        <translation>启用(&amp;E)：客户端可以使用此密钥</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>KeyEditorBindingsPage</name>
    <message>
        <source>Services and accounts</source>
        <translation>服务与账户</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Droid</source>
        <translation>Droid</translation>
    </message>
    <message>
        <source>&amp;Claude:</source>
        <translation>&amp;Claude：</translation>
    </message>
    <message>
        <source>Claude Co&amp;nsole:</source>
        <translation>Claude Co&amp;nsole：</translation>
    </message>
    <message>
        <source>&amp;Bedrock:</source>
        <translation>&amp;Bedrock：</translation>
    </message>
    <message>
        <source>&amp;Gemini:</source>
        <translation>&amp;Gemini：</translation>
    </message>
    <message>
        <source>&amp;OpenAI:</source>
        <translation>&amp;OpenAI：</translation>
    </message>
    <message>
        <source>&amp;Azure OpenAI:</source>
        <translation>&amp;Azure OpenAI：</translation>
    </message>
    <message>
        <source>&amp;Droid:</source>
        <translation>&amp;Droid：</translation>
    </message>
    <message>
        <source>A bound key is served only by that account or group; &quot;Shared pool&quot; lets the service choose among all accounts.</source>
        <translation>绑定后的密钥只由该账户或账户组提供服务；“共享池”则由服务在所有账户中选择。</translation>
    </message>
</context>
<context>
    <name>KeyEditorExpiryPage</name>
    <message>
        <source>Expiry</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>&amp;Fixed expiry date</source>
        <translation>固定过期日期(&amp;F)</translation>
    </message>
    <message>
        <source>Activate on &amp;first use, then run for a set time</source>
        <translation>首次使用时激活(&amp;F)，然后在设定时长内有效</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Current state:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>&amp;Activate now</source>
        <translation>立即激活(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续期(&amp;R)</translation>
    </message>
</context>
<context>
    <name>KeyEditorLimitsPage</name>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>&amp;Token limit per window:</source>
        <translation>每个窗口的 Token 限制(&amp;T)：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>并发请求数(&amp;C)：</translation>
    </message>
    <message>
        <source>Rate &amp;window (minutes):</source>
        <translation>速率窗口（分钟）(&amp;W)：</translation>
    </message>
    <message>
        <source>No window</source>
        <translation>无窗口</translation>
    </message>
    <message>
        <source>&amp;Requests per window:</source>
        <translation>每个窗口的请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>Cost per &amp;window (USD):</source>
        <translation>每个窗口的费用（美元）(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Daily cost limit (USD):</source>
        <translation>每日费用限制（美元）(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;otal cost limit (USD):</source>
        <translation>总费用限制（美元）(&amp;O)：</translation>
    </message>
    <message>
        <source>Weekly O&amp;pus cost limit (USD):</source>
        <translation>每周 Opus 费用限制（美元）(&amp;P)：</translation>
    </message>
    <message>
        <source>Weekly reset:</source>
        <translation>每周重置：</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Service rates:</source>
        <translation>服务倍率：</translation>
    </message>
</context>
<context>
    <name>KeyEditorRestrictionsPage</name>
    <message>
        <source>Restrictions</source>
        <translation>限制条件</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>&amp;Restrict models</source>
        <translation>限制模型(&amp;R)</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <source>Allow only the &amp;clients ticked below</source>
        <translation>仅允许下方勾选的客户端(&amp;C)</translation>
    </message>
</context>
<context>
    <name>KeyLookup</name>
    <message>
        <source>The service&apos;s ENCRYPTION_KEY is needed to look up a key; set it in the profile or the environment.</source>
        <translation>查找密钥需要服务的 ENCRYPTION_KEY；请在配置或环境变量中设置。</translation>
    </message>
    <message>
        <source>An API key of this service starts with &quot;%1&quot;.</source>
        <translation>此服务的 API Key 以“%1”开头。</translation>
    </message>
    <message>
        <source>An API key is 10 to 512 characters long; this one has %1.</source>
        <translation>API Key 的长度为 10 到 512 个字符；此密钥有 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>KeyOperations</name>
    <message>
        <source>The key %1 does not exist (any more).</source>
        <translation>密钥 %1 不存在（或已不存在）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trash; restore it before changing it.</source>
        <translation>“%1”在回收站中；请先恢复再修改。</translation>
    </message>
    <message>
        <source>The settings are not valid; nothing was written.</source>
        <translation>设置无效；未写入任何内容。</translation>
    </message>
    <message>
        <source>Someone else changed %1 of this key since you opened it; nothing was written.</source>
        <translation>自您打开后，其他人修改了该密钥的 %1；未写入任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the trash; there is nothing to restore.</source>
        <translation>“%1”不在回收站中；没有可恢复的内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the trash; only deleted keys can be deleted permanently.</source>
        <translation>“%1”不在回收站中；只有已删除的密钥才能永久删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n data key(s) removed with it</source>
        <translation>
            <numerusform>同时删除了 %n 个数据键</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySettingsText</name>
    <message>
        <source>Claude</source>
        <extracomment>The platform of a key&apos;s account binding (Claude OAuth accounts)</extracomment>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Claude Console</source>
        <translation>Claude Console</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Bedrock</source>
        <translation>Bedrock</translation>
    </message>
    <message>
        <source>Droid</source>
        <translation>Droid</translation>
    </message>
    <message>
        <source>CCR</source>
        <translation>CCR</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <extracomment>The key&apos;s owner: %1 the user&apos;s name, %2 the user id</extracomment>
        <translation>%1（用户 %2）</translation>
    </message>
    <message>
        <source>Unknown user %1: the key names a user that does not exist</source>
        <translation>未知用户 %1：该密钥指向一个不存在的用户</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The key belongs to the administrator, not to a user</extracomment>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1 (created by, no user)</source>
        <translation>%1（创建者，非用户）</translation>
    </message>
    <message>
        <source>Broken: stored as “%1” by the 1.1.235 update bug. The service reads it as one unknown service, so the key is refused by every service. Saving the key in the editor stores it as a proper list.</source>
        <translation>已损坏：被 1.1.235 的更新缺陷存储为“%1”。服务将其读作一个未知服务，因此所有服务都会拒绝该密钥。在编辑器中保存该密钥会将其存储为正确的列表。</translation>
    </message>
    <message>
        <source>Newer releases (1.1.262 and later) split the comma-joined value into names.</source>
        <translation>较新的版本（1.1.262 及以后）会将逗号拼接的值拆分为多个名称。</translation>
    </message>
    <message>
        <source>Malformed: “%1”</source>
        <translation>格式错误：“%1”</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <source>%1 (unknown service)</source>
        <translation>%1（未知服务）</translation>
    </message>
    <message>
        <source>%1 (%2): account not found, deleted or never existed</source>
        <extracomment>A key&apos;s binding to an account that does not exist: %1 the stored id, %2 the account type</extracomment>
        <translation>%1（%2）：未找到账户，已删除或从未存在</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, inactive</source>
        <translation>，未激活</translation>
    </message>
    <message>
        <source>Stored value: %1</source>
        <translation>存储值：%1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Off (list kept: %1)</source>
        <translation>关闭（保留列表：%1）</translation>
    </message>
    <message>
        <source>On, but the list is empty: no effect</source>
        <translation>已开启，但列表为空：不起作用</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>已开启：%1</translation>
    </message>
    <message>
        <source>Claude routes refuse the listed models (deny-list); the Gemini-compatible route allows only the listed models (allow-list); the /openai routes ignore the list.</source>
        <translation>Claude 路由拒绝列表中的模型（黑名单）；Gemini 兼容路由只允许列表中的模型（白名单）；/openai 路由忽略此列表。</translation>
    </message>
    <message>
        <source>Off: every client is allowed</source>
        <translation>关闭：允许所有客户端</translation>
    </message>
    <message>
        <source>On, but no client is listed</source>
        <translation>已开启，但未列出任何客户端</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>仅限：%1</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No tags on the key</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Not yet: the period starts with the first request</source>
        <translation>尚未激活：有效期从首次请求开始计算</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Unreadable date “%1”</source>
        <translation>无法读取的日期“%1”</translation>
    </message>
    <message>
        <source>Expired at %1</source>
        <extracomment>%1 is a date with the time since it (&quot;... (3 d ago)&quot;)</extracomment>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <extracomment>Expiry mode in which the key expires on a set date</extracomment>
        <translation>固定日期</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Not activated: valid for %1 after the first request</source>
        <translation>未激活：首次请求后 %1 内有效</translation>
    </message>
    <message>
        <source>Activated %1; period %2</source>
        <translation>已于 %1 激活；有效期 %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>%1 a date, %2 who created the key</extracomment>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 by %2 (%3); in the trash</source>
        <extracomment>%1 a date, %2 who deleted the key, %3 their kind (admin, user, system)</extracomment>
        <translation>%1，由 %2（%3）删除；在回收站中</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1，由 %2（%3）</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>%1 tokens per window</source>
        <translation>每个窗口 %1 个 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>A service&apos;s cost multiplier, e.g. &quot;claude ×1.5&quot;</extracomment>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 at %2:00 (service time zone)</source>
        <extracomment>When the weekly Opus cost resets: %1 a weekday, %2 an hour, in the service&apos;s time zone</extracomment>
        <translation>%1 %2:00（服务时区）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2（%3）</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Fields this program does not know; kept untouched.</source>
        <translation>本程序不认识的字段；保持原样。</translation>
    </message>
    <message>
        <source>All services at ×1</source>
        <translation>所有服务均为 ×1</translation>
    </message>
    <message>
        <source>Services not listed count at ×1.</source>
        <translation>未列出的服务按 ×1 计算。</translation>
    </message>
</context>
<context>
    <name>KeyStats</name>
    <message>
        <source>%1 holds &quot;%2&quot;, which is not a number.</source>
        <translation>%1 的值为“%2”，不是数字。</translation>
    </message>
    <message>
        <source>Reading the cost keys failed: %1</source>
        <translation>读取费用键失败：%1</translation>
    </message>
    <message>
        <source>rate_limit:window_start holds &quot;%1&quot;, which is not a time.</source>
        <translation>rate_limit:window_start 的值为“%1”，不是时间。</translation>
    </message>
</context>
<context>
    <name>KeyStatusText</name>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>not activated</source>
        <extracomment>An API key in &quot;activate on first use&quot; mode that has not been used yet</extracomment>
        <translation>未激活</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>KeyValidator</name>
    <message>
        <source>Service rates must be an object</source>
        <translation>服务倍率必须是对象</translation>
    </message>
    <message>
        <source>Invalid rate for service &quot;%1&quot;: must be a non-negative number</source>
        <translation>服务“%1”的倍率无效：必须是非负数</translation>
    </message>
    <message>
        <source>The rate for service “%1” must be stored as a number.</source>
        <translation>服务“%1”的倍率必须存储为数字。</translation>
    </message>
    <message>
        <source>“%1” is not a service with a rate; use %2.</source>
        <translation>“%1”不是有倍率的服务；请使用 %2。</translation>
    </message>
    <message>
        <source>Weekly reset day must be an integer from 1 (Mon) to 7 (Sun)</source>
        <translation>每周重置日必须是 1（周一）到 7（周日）之间的整数</translation>
    </message>
    <message>
        <source>Weekly reset hour must be an integer from 0 to 23</source>
        <translation>每周重置小时必须是 0 到 23 之间的整数</translation>
    </message>
    <message>
        <source>%1 must be written with digits only, for example 60.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 只能由数字组成，例如 60。</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path &quot;%2&quot; expects a valid number</source>
        <translation>载荷规则 #%1：规则路径“%2”需要有效的数字</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path &quot;%2&quot; expects &quot;true&quot; or &quot;false&quot;</source>
        <translation>载荷规则 #%1：规则路径“%2”需要 &quot;true&quot; 或 &quot;false&quot;</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path &quot;%2&quot; expects valid JSON</source>
        <translation>载荷规则 #%1：规则路径“%2”需要有效的 JSON</translation>
    </message>
    <message>
        <source>Payload rules must be an array</source>
        <translation>载荷规则必须是数组</translation>
    </message>
    <message>
        <source>Payload rule #%1 must be an object</source>
        <translation>载荷规则 #%1 必须是对象</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path must be a non-empty string</source>
        <translation>载荷规则 #%1：规则路径必须是非空字符串</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path cannot contain empty segments</source>
        <translation>载荷规则 #%1：规则路径不能包含空段</translation>
    </message>
    <message>
        <source>Payload rule #%1 has invalid valueType</source>
        <translation>载荷规则 #%1 的 valueType 无效</translation>
    </message>
    <message>
        <source>Payload rule #%1 is not in the stored form: trim the path, write the valueType in lower case and the value as text.</source>
        <translation>载荷规则 #%1 不是存储格式：请去除路径两端的空格，valueType 使用小写，值写为文本。</translation>
    </message>
    <message>
        <source>The service release of this database (%1) does not use this setting: it is stored but has no effect.</source>
        <translation>此数据库的服务版本（%1）不使用此设置：它会被存储，但不起作用。</translation>
    </message>
    <message>
        <source>enableOpenAIResponsesCodexAdaptation must be a boolean</source>
        <translation>enableOpenAIResponsesCodexAdaptation 必须是布尔值</translation>
    </message>
    <message>
        <source>enableOpenAIResponsesPayloadRules must be a boolean</source>
        <translation>enableOpenAIResponsesPayloadRules 必须是布尔值</translation>
    </message>
    <message>
        <source>Use an account id or group:&lt;group id&gt;.</source>
        <translation>请使用账户 ID 或 group:&lt;账户组 ID&gt;。</translation>
    </message>
    <message>
        <source>Use an account id, api:&lt;Gemini-API account id&gt; or group:&lt;group id&gt;.</source>
        <translation>请使用账户 ID、api:&lt;Gemini-API 账户 ID&gt; 或 group:&lt;账户组 ID&gt;。</translation>
    </message>
    <message>
        <source>Use an account id, responses:&lt;OpenAI-Responses account id&gt; or group:&lt;group id&gt;.</source>
        <translation>请使用账户 ID、responses:&lt;OpenAI-Responses 账户 ID&gt; 或 group:&lt;账户组 ID&gt;。</translation>
    </message>
    <message>
        <source>Use an account id without a prefix.</source>
        <translation>请使用不带前缀的账户 ID。</translation>
    </message>
    <message>
        <source>“%1” is not a valid binding for this account. %2</source>
        <translation>“%1”不是此账户的有效绑定。%2</translation>
    </message>
    <message>
        <source>The binding “%1” names no account.</source>
        <translation>绑定“%1”没有指向任何账户。</translation>
    </message>
    <message>
        <source>The account id is longer than %1 characters.</source>
        <translation>账户 ID 超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The account id “%1” may contain only letters, digits, “.”, “_” and “-”: other characters break the service&apos;s Redis key names.</source>
        <translation>账户 ID“%1”只能包含字母、数字、“.”、“_”和“-”：其他字符会破坏服务的 Redis 键名。</translation>
    </message>
    <message>
        <source>Permissions must be an array. Valid values are: %1</source>
        <translation>权限必须是数组。有效值为：%1</translation>
    </message>
    <message>
        <source>Invalid permission value &quot;%1&quot;. Valid values are: %2</source>
        <translation>无效的权限值“%1”。有效值为：%2</translation>
    </message>
    <message>
        <source>Permissions must be stored as a JSON array, for example [&quot;claude&quot;], or [] for all services; “%1” is a legacy form.</source>
        <translation>权限必须存储为 JSON 数组，例如 [&quot;claude&quot;]，或用 [] 表示所有服务；“%1”是旧式格式。</translation>
    </message>
    <message>
        <source>Permissions “%1” are comma-joined, which release 1.1.235 reads as one unknown service, so the key can use none; store them as a JSON array.</source>
        <translation>权限“%1”是逗号拼接的，1.1.235 版本会将其读作一个未知服务，因此该密钥无法使用任何服务；请将其存储为 JSON 数组。</translation>
    </message>
    <message>
        <source>Invalid permissions value. Must be an array of: %1</source>
        <translation>无效的权限值。必须是以下值组成的数组：%1</translation>
    </message>
    <message>
        <source>Restricted models must be an array</source>
        <translation>受限模型必须是数组</translation>
    </message>
    <message>
        <source>Entry %1 of the model list is not text.</source>
        <translation>模型列表的第 %1 项不是文本。</translation>
    </message>
    <message>
        <source>The model list contains an empty entry.</source>
        <translation>模型列表包含空项。</translation>
    </message>
    <message>
        <source>The model name “%1” contains control characters.</source>
        <translation>模型名称“%1”包含控制字符。</translation>
    </message>
    <message>
        <source>The model name “%1” starts or ends with spaces, so it never matches a request.</source>
        <translation>模型名称“%1”的开头或结尾有空格，因此永远不会匹配任何请求。</translation>
    </message>
    <message>
        <source>Allowed clients must be an array</source>
        <translation>允许的客户端必须是数组</translation>
    </message>
    <message>
        <source>“%1” is not a client the service knows; use %2.</source>
        <translation>“%1”不是服务认识的客户端；请使用 %2。</translation>
    </message>
    <message>
        <source>The tag “%1” starts or ends with spaces; remove them.</source>
        <translation>标签“%1”的开头或结尾有空格；请删除它们。</translation>
    </message>
    <message>
        <source>The tag “%1” is longer than %2 characters.</source>
        <translation>标签“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The tag “%1” contains control characters.</source>
        <translation>标签“%1”包含控制字符。</translation>
    </message>
    <message>
        <source>Tags must be an array</source>
        <translation>标签必须是数组</translation>
    </message>
    <message>
        <source>All tags must be non-empty strings</source>
        <translation>所有标签都必须是非空字符串</translation>
    </message>
    <message>
        <source>The tag “%1” appears more than once.</source>
        <translation>标签“%1”出现了多次。</translation>
    </message>
    <message>
        <source>A key can have at most %1 tags.</source>
        <translation>一个密钥最多可以有 %1 个标签。</translation>
    </message>
    <message>
        <source>Model restriction is on but the model list is empty, so it has no effect.</source>
        <translation>模型限制已开启，但模型列表为空，因此不起作用。</translation>
    </message>
    <message>
        <source>Client restriction is on but no client is selected, so it has no effect.</source>
        <translation>客户端限制已开启，但未选择任何客户端，因此不起作用。</translation>
    </message>
    <message>
        <source>The icon is %1 KiB; the limit is %2 KiB. Choose a smaller image.</source>
        <translation>图标大小为 %1 KiB；上限为 %2 KiB。请选择更小的图片。</translation>
    </message>
    <message>
        <source>The icon must be an image data URL (data:image/…;base64,…).</source>
        <translation>图标必须是图片数据 URL（data:image/…;base64,…）。</translation>
    </message>
    <message>
        <source>The icon&apos;s image data is not valid base64.</source>
        <translation>图标的图片数据不是有效的 base64。</translation>
    </message>
    <message>
        <source>Token limit must be a non-negative integer</source>
        <translation>Token 限制必须是非负整数</translation>
    </message>
    <message>
        <source>Concurrency limit must be a non-negative integer</source>
        <translation>并发限制必须是非负整数</translation>
    </message>
    <message>
        <source>Rate limit window must be a positive integer (minutes)</source>
        <translation>速率限制窗口必须是正整数（分钟）</translation>
    </message>
    <message>
        <source>Rate limit window must be a non-negative integer (minutes)</source>
        <translation>速率限制窗口必须是非负整数（分钟）</translation>
    </message>
    <message>
        <source>Rate limit requests must be a positive integer</source>
        <translation>速率限制请求数必须是正整数</translation>
    </message>
    <message>
        <source>Rate limit requests must be a non-negative integer</source>
        <translation>速率限制请求数必须是非负整数</translation>
    </message>
    <message>
        <source>Rate limit cost must be a non-negative number</source>
        <translation>速率限制费用必须是非负数</translation>
    </message>
    <message>
        <source>Daily cost limit must be a non-negative number</source>
        <translation>每日费用限制必须是非负数</translation>
    </message>
    <message>
        <source>Total cost limit must be a non-negative number</source>
        <translation>总费用限制必须是非负数</translation>
    </message>
    <message>
        <source>Weekly Opus cost limit must be a non-negative number</source>
        <translation>每周 Opus 费用限制必须是非负数</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 必须是有限的数字。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 不能超过 %2。</translation>
    </message>
    <message>
        <source>%1 must be written as a plain decimal number, for example 2.5.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 必须写成普通的小数，例如 2.5。</translation>
    </message>
    <message>
        <source>Activation hours must be a positive integer when using activation mode</source>
        <translation>使用激活模式时，激活小时数必须是正整数</translation>
    </message>
    <message>
        <source>Activation days must be a positive integer when using activation mode</source>
        <translation>使用激活模式时，激活天数必须是正整数</translation>
    </message>
    <message>
        <source>The activation period can be at most %1 hours.</source>
        <translation>激活期最长为 %1 小时。</translation>
    </message>
    <message>
        <source>The activation period can be at most %1 days.</source>
        <translation>激活期最长为 %1 天。</translation>
    </message>
    <message>
        <source>Expiration mode must be either &quot;fixed&quot; or &quot;activation&quot;</source>
        <translation>过期模式必须是 &quot;fixed&quot; 或 &quot;activation&quot;</translation>
    </message>
    <message>
        <source>Activation unit must be either &quot;hours&quot; or &quot;days&quot; when using activation mode</source>
        <translation>使用激活模式时，激活单位必须是 &quot;hours&quot; 或 &quot;days&quot;</translation>
    </message>
    <message>
        <source>The activation unit must be &quot;hours&quot; or &quot;days&quot;.</source>
        <translation>激活单位必须是 &quot;hours&quot; 或 &quot;days&quot;。</translation>
    </message>
    <message>
        <source>Cannot set fixed expiration date when using activation mode</source>
        <translation>使用激活模式时不能设置固定过期日期</translation>
    </message>
    <message>
        <source>A key switched to activation mode must start as not activated.</source>
        <translation>切换到激活模式的密钥必须从未激活状态开始。</translation>
    </message>
    <message>
        <source>Invalid expiration date format</source>
        <translation>无效的过期日期格式</translation>
    </message>
    <message>
        <source>The expiry date %1 is in the past: the key will be rejected as expired.</source>
        <translation>过期日期 %1 已经过去：该密钥会因过期而被拒绝。</translation>
    </message>
    <message>
        <source>The rate limit window has no effect without a request, token or cost limit.</source>
        <translation>没有请求数、Token 或费用限制时，速率限制窗口不起作用。</translation>
    </message>
    <message>
        <source>Request and cost limits per window take effect only with a rate limit window.</source>
        <translation>每个窗口的请求数和费用限制只有在设置了速率限制窗口时才生效。</translation>
    </message>
    <message>
        <source>Remove the spaces at the start and end of the name.</source>
        <translation>请删除名称开头和结尾的空格。</translation>
    </message>
    <message>
        <source>The name must not contain control characters such as line breaks or tabs.</source>
        <translation>名称不能包含换行符或制表符等控制字符。</translation>
    </message>
    <message>
        <source>Name is required and must be a non-empty string</source>
        <translation>名称为必填项，必须是非空字符串</translation>
    </message>
    <message>
        <source>Name must be less than 100 characters</source>
        <translation>名称必须少于 100 个字符</translation>
    </message>
    <message>
        <source>API Key name cannot be empty</source>
        <translation>API Key 名称不能为空</translation>
    </message>
    <message>
        <source>API Key name must be less than 100 characters</source>
        <translation>API Key 名称必须少于 100 个字符</translation>
    </message>
    <message>
        <source>Description must be a string with less than 500 characters</source>
        <translation>描述必须是少于 500 个字符的字符串</translation>
    </message>
    <message>
        <source>The description must not contain control characters other than line breaks and tabs.</source>
        <translation>描述中除换行符和制表符外不能包含其他控制字符。</translation>
    </message>
    <message>
        <source>isActive must be a boolean</source>
        <translation>isActive 必须是布尔值</translation>
    </message>
    <message>
        <source>Enable model restriction must be a boolean</source>
        <translation>启用模型限制必须是布尔值</translation>
    </message>
    <message>
        <source>Enable client restriction must be a boolean</source>
        <translation>启用客户端限制必须是布尔值</translation>
    </message>
    <message>
        <source>%1 must be &quot;true&quot; or &quot;false&quot;.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 必须是 &quot;true&quot; 或 &quot;false&quot;。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a field name, %2 says what is wrong with its stored value.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Base name is required and must be a non-empty string</source>
        <translation>基础名称为必填项，必须是非空字符串</translation>
    </message>
    <message>
        <source>Base name must be less than 90 characters to allow for numbering</source>
        <translation>基础名称必须少于 90 个字符，以便添加编号</translation>
    </message>
    <message>
        <source>Count must be an integer between 2 and 500</source>
        <translation>数量必须是 2 到 500 之间的整数</translation>
    </message>
    <message>
        <source>The tag name cannot be empty.</source>
        <translation>标签名称不能为空。</translation>
    </message>
    <message>
        <source>Key is either already activated or not in activation mode</source>
        <translation>密钥已激活，或不是激活模式</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Key hash</source>
        <translation>密钥哈希</translation>
    </message>
    <message>
        <source>Token limit</source>
        <translation>Token 限制</translation>
    </message>
    <message>
        <source>Concurrency limit</source>
        <translation>并发限制</translation>
    </message>
    <message>
        <source>Rate limit window</source>
        <translation>速率限制窗口</translation>
    </message>
    <message>
        <source>Rate limit requests</source>
        <translation>速率限制请求数</translation>
    </message>
    <message>
        <source>Rate limit cost</source>
        <translation>速率限制费用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用状态</translation>
    </message>
    <message>
        <source>Claude account</source>
        <translation>Claude 账户</translation>
    </message>
    <message>
        <source>Claude Console account</source>
        <translation>Claude Console 账户</translation>
    </message>
    <message>
        <source>Gemini account</source>
        <translation>Gemini 账户</translation>
    </message>
    <message>
        <source>OpenAI account</source>
        <translation>OpenAI 账户</translation>
    </message>
    <message>
        <source>Azure OpenAI account</source>
        <translation>Azure OpenAI 账户</translation>
    </message>
    <message>
        <source>Bedrock account</source>
        <translation>Bedrock 账户</translation>
    </message>
    <message>
        <source>Droid account</source>
        <translation>Droid 账户</translation>
    </message>
    <message>
        <source>Service permissions</source>
        <translation>服务权限</translation>
    </message>
    <message>
        <source>Model restriction</source>
        <translation>模型限制</translation>
    </message>
    <message>
        <source>Restricted models</source>
        <translation>受限模型</translation>
    </message>
    <message>
        <source>Client restriction</source>
        <translation>客户端限制</translation>
    </message>
    <message>
        <source>Allowed clients</source>
        <translation>允许的客户端</translation>
    </message>
    <message>
        <source>Daily cost limit</source>
        <translation>每日费用限制</translation>
    </message>
    <message>
        <source>Total cost limit</source>
        <translation>总费用限制</translation>
    </message>
    <message>
        <source>Weekly Opus cost limit</source>
        <translation>每周 Opus 费用限制</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Activation period</source>
        <translation>激活期</translation>
    </message>
    <message>
        <source>Activation unit</source>
        <translation>激活单位</translation>
    </message>
    <message>
        <source>Expiration mode</source>
        <translation>过期模式</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>激活时间</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used at</source>
        <translation>最后使用时间</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>所有者 ID</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>所有者名称</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除者</translation>
    </message>
    <message>
        <source>Deleted by (type)</source>
        <translation>删除者（类型）</translation>
    </message>
    <message>
        <source>Restored at</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <source>Restored by</source>
        <translation>恢复者</translation>
    </message>
    <message>
        <source>Restored by (type)</source>
        <translation>恢复者（类型）</translation>
    </message>
    <message>
        <source>Service rates</source>
        <translation>服务倍率</translation>
    </message>
    <message>
        <source>Weekly reset day</source>
        <translation>每周重置日</translation>
    </message>
    <message>
        <source>Weekly reset hour</source>
        <translation>每周重置小时</translation>
    </message>
    <message>
        <source>Codex adaptation for OpenAI Responses</source>
        <translation>OpenAI Responses 的 Codex 适配</translation>
    </message>
    <message>
        <source>OpenAI Responses payload rules enabled</source>
        <translation>已启用 OpenAI Responses 载荷规则</translation>
    </message>
    <message>
        <source>OpenAI Responses payload rules</source>
        <translation>OpenAI Responses 载荷规则</translation>
    </message>
    <message>
        <source>1M context</source>
        <translation>1M 上下文</translation>
    </message>
    <message>
        <source>CCR account</source>
        <translation>CCR 账户</translation>
    </message>
    <message>
        <source>Rate limit tokens (legacy)</source>
        <translation>速率限制 Token 数（旧式）</translation>
    </message>
    <message>
        <source>Maximum concurrency (legacy)</source>
        <translation>最大并发数（旧式）</translation>
    </message>
    <message>
        <source>Activation duration (legacy)</source>
        <translation>激活时长（旧式）</translation>
    </message>
</context>
<context>
    <name>LocalRedisServer</name>
    <message>
        <source>Cannot create a temporary directory for Redis.</source>
        <translation>无法为 Redis 创建临时目录。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2. Install the redis-server package.</source>
        <translation>无法启动 %1：%2。请安装 redis-server 软件包。</translation>
    </message>
    <message>
        <source>redis-server did not answer within %1 s.</source>
        <translation>redis-server 在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>redis-server exited at once.</source>
        <translation>redis-server 立即退出了。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>Profile name and its Redis address, e.g. &quot;staging — 10.0.0.5:6379/0&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>配置名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. production EU</source>
        <translation>例如 生产环境 EU</translation>
    </message>
    <message>
        <source>Import .env…</source>
        <translation>导入 .env…</translation>
    </message>
    <message>
        <source>Fill the fields from the service&apos;s .env file</source>
        <translation>从服务的 .env 文件填写各字段</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>default user</source>
        <translation>默认用户</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Command timeout:</source>
        <translation>命令超时：</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>使用 &amp;TLS</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>system authorities</source>
        <translation>系统证书颁发机构</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>选择 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <source>Choose the client certificate (PEM)</source>
        <translation>选择客户端证书（PEM）</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <source>Choose the client&apos;s private key (PEM, unencrypted)</source>
        <translation>选择客户端的私钥（PEM，未加密）</translation>
    </message>
    <message>
        <source>Server name:</source>
        <translation>服务器名称：</translation>
    </message>
    <message>
        <source>same as the host</source>
        <translation>与主机相同</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>验证服务器证书</translation>
    </message>
    <message>
        <source>Without verification anyone between you and the server can read the password and the data.</source>
        <translation>不验证证书时，您与服务器之间的任何人都能读取密码和数据。</translation>
    </message>
    <message>
        <source>Accepted certificate:</source>
        <translation>已接受的证书：</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>Stop accepting this certificate; it must then pass verification again</source>
        <translation>不再接受此证书；之后它必须重新通过验证</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>These are the service&apos;s own settings, from its .env file. They must match the running service, or keys created here will not work.</source>
        <translation>这些是服务自身的设置，来自其 .env 文件。它们必须与正在运行的服务一致，否则在此创建的密钥将无法使用。</translation>
    </message>
    <message>
        <source>&amp;ENCRYPTION_KEY:</source>
        <translation>&amp;ENCRYPTION_KEY：</translation>
    </message>
    <message>
        <source>unknown: no key creation, no lookup by key</source>
        <translation>未知：无法创建密钥，也无法按密钥查找</translation>
    </message>
    <message>
        <source>Show or hide the ENCRYPTION_KEY</source>
        <translation>显示或隐藏 ENCRYPTION_KEY</translation>
    </message>
    <message>
        <source>API key &amp;prefix:</source>
        <translation>API Key 前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>TIME&amp;ZONE_OFFSET:</source>
        <translation>TIME&amp;ZONE_OFFSET：</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>服务地址(&amp;U)：</translation>
    </message>
    <message>
        <source>https://relay.example.com</source>
        <translation>https://relay.example.com</translation>
    </message>
    <message>
        <source>Empty database:</source>
        <translation>空数据库：</translation>
    </message>
    <message>
        <source>The release whose rules are followed when the database holds no keys yet, so its release cannot be detected.</source>
        <translation>当数据库中还没有密钥、无法检测其版本时所遵循的版本规则。</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>your name, recorded with deletes and restores</source>
        <translation>您的名字，随删除和恢复操作一起记录</translation>
    </message>
    <message>
        <source>&amp;Read-only: never send a write command</source>
        <translation>只读(&amp;R)：从不发送写命令</translation>
    </message>
    <message>
        <source>P&amp;roduction: confirm every write by typing the profile name</source>
        <translation>生产环境(&amp;R)：每次写入都需输入配置名称确认</translation>
    </message>
    <message>
        <source>Auto &amp;refresh:</source>
        <translation>自动刷新(&amp;R)：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>清除剪贴板的时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>机密信息</translation>
    </message>
    <message>
        <source>The Redis password and the ENCRYPTION_KEY are never written to the profile settings. Choose where they are kept:</source>
        <translation>Redis 密码和 ENCRYPTION_KEY 从不写入配置设置。请选择它们的保存位置：</translation>
    </message>
    <message>
        <source>System &amp;keychain (recommended)</source>
        <translation>系统密钥环(&amp;K)（推荐）</translation>
    </message>
    <message>
        <source>&amp;Ask every time: keep nothing, type the secrets when connecting</source>
        <translation>每次询问(&amp;A)：不保存任何内容，连接时输入机密信息</translation>
    </message>
    <message>
        <source>&amp;Local file, NOT encrypted</source>
        <translation>本地文件(&amp;L)，未加密</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connect with these settings, show the server version, and disconnect</source>
        <translation>使用这些设置连接，显示服务器版本，然后断开连接</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>A profile with this id exists already.</source>
        <translation>已存在具有此 ID 的配置。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>已存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>配置“%1”已不存在。</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>该配置已不存在。</translation>
    </message>
    <message>
        <source>Cannot write the profiles to %1. Check that the folder exists and is writable, and that the disk is not full.</source>
        <translation>无法将配置写入 %1。请检查该文件夹是否存在且可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>The profiles file %1 is not a valid settings file; it was not changed.</source>
        <translation>配置文件 %1 不是有效的设置文件；未对其进行修改。</translation>
    </message>
</context>
<context>
    <name>PurgePreview</name>
    <message numerus="yes">
        <source>%1 (%2): %n Redis key(s)</source>
        <extracomment>%1 key name, %2 key id, %n number of Redis keys removed with it.</extracomment>
        <translation>
            <numerusform>%1（%2）：%n 个 Redis 键</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDetection</name>
    <message>
        <source>1.1.235 era (no key index)</source>
        <translation>1.1.235 时期（无密钥索引）</translation>
    </message>
    <message>
        <source>1.1.262 (JSON permissions, no key index)</source>
        <translation>1.1.262（JSON 权限，无密钥索引）</translation>
    </message>
    <message>
        <source>1.1.263 to 1.1.280 (key index)</source>
        <translation>1.1.263 至 1.1.280（密钥索引）</translation>
    </message>
    <message>
        <source>1.1.281 to 1.1.301 (key index, weekly reset periods)</source>
        <translation>1.1.281 至 1.1.301（密钥索引、每周重置周期）</translation>
    </message>
    <message>
        <source>1.1.302 to 1.1.314 (key index, weekly reset periods, payload rules)</source>
        <translation>1.1.302 至 1.1.314（密钥索引、每周重置周期、载荷规则）</translation>
    </message>
    <message>
        <source>empty database (no API keys yet)</source>
        <translation>空数据库（尚无 API Key）</translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation>未知结构</translation>
    </message>
    <message>
        <source>inconsistent layout (%1)</source>
        <translation>不一致的结构（%1）</translation>
    </message>
    <message>
        <source>system:migrated:version holds &quot;%1&quot;, which is not a release number.</source>
        <translation>system:migrated:version 的值为“%1”，不是版本号。</translation>
    </message>
    <message>
        <source>system:migrated:version = %1: release %1 or later has started on this database.</source>
        <translation>system:migrated:version = %1：%1 或更新的版本已在此数据库上启动过。</translation>
    </message>
    <message>
        <source>Release %1 has run on this database; this program knows the data model up to 1.1.314 and will not write to it.</source>
        <translation>版本 %1 已在此数据库上运行过；本程序只了解 1.1.314 及以前的数据模型，不会写入该数据库。</translation>
    </message>
    <message>
        <source>apikey:index:version = 2: the key index of release 1.1.263 or later is complete.</source>
        <translation>apikey:index:version = 2：1.1.263 或更新版本的密钥索引已完整。</translation>
    </message>
    <message>
        <source>apikey:index:version holds &quot;%1&quot;; only version 2 is known.</source>
        <translation>apikey:index:version 的值为“%1”；只认识版本 2。</translation>
    </message>
    <message>
        <source>apikey:idx:all exists: a key index (release 1.1.263 or later).</source>
        <translation>存在 apikey:idx:all：密钥索引（1.1.263 或更新版本）。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) carry openaiResponsesPayloadRules (release 1.1.302 or later).</source>
        <translation>
            <numerusform>%n 个密钥带有 openaiResponsesPayloadRules（1.1.302 或更新版本）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) carry weeklyResetDay (release 1.1.281 or later).</source>
        <translation>
            <numerusform>%n 个密钥带有 weeklyResetDay（1.1.281 或更新版本）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) carry serviceRates (release 1.1.263 or later).</source>
        <translation>
            <numerusform>%n 个密钥带有 serviceRates（1.1.263 或更新版本）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No API keys and no release marker.</source>
        <translation>没有 API Key，也没有版本标记。</translation>
    </message>
    <message>
        <source>No marker of a later release: the 1.1.235-era data model.</source>
        <translation>没有更新版本的标记：1.1.235 时期的数据模型。</translation>
    </message>
    <message>
        <source>system:migrated:version says %1, but a key index exists, which only 1.1.263 or later builds.</source>
        <translation>system:migrated:version 显示为 %1，但存在只有 1.1.263 或更新版本才会建立的密钥索引。</translation>
    </message>
    <message>
        <source>system:migrated:version says %1, but keys carry weeklyResetDay, which only 1.1.281 or later writes.</source>
        <translation>system:migrated:version 显示为 %1，但有密钥带有只有 1.1.281 或更新版本才会写入的 weeklyResetDay。</translation>
    </message>
    <message>
        <source>apikey:index:version says the key index is complete, but apikey:idx:all does not exist.</source>
        <translation>apikey:index:version 表示密钥索引已完整，但 apikey:idx:all 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) under apikey: are neither key hashes nor index keys of a known release (first: %1).</source>
        <translation>
            <numerusform>apikey: 下有 %n 个键既不是密钥哈希，也不是已知版本的索引键（第一个：%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database mixes markers of different releases: %1 It is opened read-only; the health check explains what to repair.</source>
        <translation>数据库混有不同版本的标记：%1 已以只读方式打开；健康检查会说明需要修复的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) with usage:claude:total: written by release 1.1.262.</source>
        <translation>
            <numerusform>%n 个密钥带有 usage:claude:total：由 1.1.262 版本写入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEnvironment</name>
    <message>
        <source>REDIS_PORT &quot;%1&quot; is not a port number (1-65535).</source>
        <translation>REDIS_PORT“%1”不是端口号（1-65535）。</translation>
    </message>
    <message>
        <source>REDIS_DB &quot;%1&quot; is not a database number.</source>
        <translation>REDIS_DB“%1”不是数据库编号。</translation>
    </message>
</context>
<context>
    <name>StatsRangeText</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom range</source>
        <extracomment>A time range with dates the user chose</extracomment>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>The server answered a different number of replies than asked.</source>
        <translation>服务器返回的回复数量与请求的不同。</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags are stored in each key. Renaming or deleting a tag changes every key that carries it, including keys in the trash.</source>
        <translation>标签存储在每个密钥中。重命名或删除标签会修改所有带有该标签的密钥，包括回收站中的密钥。</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete tag</source>
        <translation>删除标签(&amp;D)</translation>
    </message>
</context>
<context>
    <name>UsageSeries</name>
    <message>
        <source>The server answered a different number of replies than asked.</source>
        <translation>服务器返回的回复数量与请求的不同。</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The user record is empty or not a string.</source>
        <translation>用户记录为空或不是字符串。</translation>
    </message>
    <message>
        <source>The user record is not valid JSON (%1 at byte %2).</source>
        <translation>用户记录不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The user record is JSON but not an object.</source>
        <translation>用户记录是 JSON，但不是对象。</translation>
    </message>
    <message>
        <source>Unknown User</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Admin</source>
        <extracomment>The owner of keys that belong to no user.</extracomment>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Reads and manages the API keys of a claude-relay-service deployment in its Redis.

Commands that read:
  info              the server, the number of keys and the service release the data follows
  list              every key with its status, costs, usage and last account
  show ID|NAME      one key: every setting, its numbers, malformed fields, recent requests
  lookup [KEY|-]    the key a plaintext API key belongs to (read from standard input by default)
  tags              tags with the number of keys carrying them
  models            models seen in the usage data
  users             the service&apos;s users
  accounts          upstream accounts of every type
  export            all keys with their numbers, as CSV or JSON (--format)
  doctor            what the service left inconsistent, with the repair for each finding

Commands that write (ID is a key id or a unique name; --read-only refuses them all):
  create --name N [field options]       a new key; prints its id and the API key once
  batch-create --base-name B --count C  C keys named B_1 ... B_C, in one transaction
  update ID [field options]    changes exactly the fields given
  enable ID...  |  disable ID...
  set-expiry ID --expires-at T|--expires-in 30d|--never-expires [--enable]
  activate ID                  start an activation-mode key&apos;s period now
  renew ID --by 30d            move the expiry further
  regenerate ID                a new API key for the key; prints it once
  delete ID...  |  restore ID...   move to / back from the trash
  purge ID...                  delete keys in the trash permanently, with their usage data
  clear-trash                  purge every key in the trash
  tag-rename OLD NEW  |  tag-delete TAG
  doctor --fix                 run the repairs the health check proposes
purge, clear-trash, tag-delete and doctor --fix show what they will change and ask to type &quot;yes&quot;; --yes skips the question (without a terminal it is required).

The connection and the service settings come from, in increasing priority: the service&apos;s .env file (--env-file), the environment variables REDIS_HOST, REDIS_PORT, REDIS_USERNAME, REDIS_PASSWORD, REDIS_DB, REDIS_ENABLE_TLS, ENCRYPTION_KEY, API_KEY_PREFIX, TIMEZONE_OFFSET, and the options below. Secrets (the password, ENCRYPTION_KEY) are never taken from options, where other users could see them.

Exit codes: 0 success, 1 not found, 2 bad arguments (also: confirmation needed), 3 cannot connect, 4 the command failed or the write was refused (--read-only, a read-only database), 5 doctor found errors or warnings, 6 the write was rejected by validation (one message per option on standard error), 7 conflict with another writer, 8 the connection failed after a write was sent (it may or may not have been applied).</source>
        <translation>读取并管理 claude-relay-service 部署在其 Redis 中的 API Key。

读取命令：
  info              服务器、密钥数量以及数据所遵循的服务版本
  list              所有密钥及其状态、费用、用量和最后使用的账户
  show ID|NAME      单个密钥：所有设置、数据、格式错误的字段、最近的请求
  lookup [KEY|-]    明文 API Key 所属的密钥（默认从标准输入读取）
  tags              标签及带有该标签的密钥数量
  models            用量数据中出现过的模型
  users             服务的用户
  accounts          所有类型的上游账户
  export            所有密钥及其数据，导出为 CSV 或 JSON（--format）
  doctor            服务遗留的不一致之处，以及每项发现的修复方法

写入命令（ID 为密钥 ID 或唯一名称；--read-only 会拒绝所有写入命令）：
  create --name N [字段选项]           新建密钥；输出其 ID 和 API Key（仅一次）
  batch-create --base-name B --count C  在一个事务中创建名为 B_1 ... B_C 的 C 个密钥
  update ID [字段选项]         只修改给出的字段
  enable ID...  |  disable ID...
  set-expiry ID --expires-at T|--expires-in 30d|--never-expires [--enable]
  activate ID                  立即开始激活模式密钥的有效期
  renew ID --by 30d            延后过期时间
  regenerate ID                为密钥生成新的 API Key；仅输出一次
  delete ID...  |  restore ID...   移入回收站 / 从回收站恢复
  purge ID...                  永久删除回收站中的密钥及其用量数据
  clear-trash                  永久删除回收站中的所有密钥
  tag-rename OLD NEW  |  tag-delete TAG
  doctor --fix                 执行健康检查建议的修复
purge、clear-trash、tag-delete 和 doctor --fix 会显示将要进行的修改，并要求输入 &quot;yes&quot;；--yes 跳过此询问（没有终端时必须使用）。

连接和服务设置按优先级从低到高来自：服务的 .env 文件（--env-file）、环境变量 REDIS_HOST、REDIS_PORT、REDIS_USERNAME、REDIS_PASSWORD、REDIS_DB、REDIS_ENABLE_TLS、ENCRYPTION_KEY、API_KEY_PREFIX、TIMEZONE_OFFSET，以及下列选项。机密信息（密码、ENCRYPTION_KEY）从不从选项中读取，因为其他用户能看到选项。

退出码：0 成功，1 未找到，2 参数错误（也包括：需要确认），3 无法连接，4 命令失败或写入被拒绝（--read-only、只读数据库），5 doctor 发现错误或警告，6 写入未通过验证（每个选项一条消息，输出到标准错误），7 与其他写入者冲突，8 写入已发送后连接失败（写入可能已生效，也可能未生效）。</translation>
    </message>
    <message>
        <source>Redis host (default 127.0.0.1).</source>
        <translation>Redis 主机（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Redis port (default 6379).</source>
        <translation>Redis 端口（默认 6379）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Redis ACL user name.</source>
        <translation>Redis ACL 用户名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Database number (default 0).</source>
        <translation>数据库编号（默认 0）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Connect with TLS.</source>
        <translation>使用 TLS 连接。</translation>
    </message>
    <message>
        <source>CA certificate file (PEM).</source>
        <translation>CA 证书文件（PEM）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Client certificate file (PEM).</source>
        <translation>客户端证书文件（PEM）。</translation>
    </message>
    <message>
        <source>Client key file (PEM).</source>
        <translation>客户端私钥文件（PEM）。</translation>
    </message>
    <message>
        <source>Name to verify in the server&apos;s certificate.</source>
        <translation>要在服务器证书中验证的名称。</translation>
    </message>
    <message>
        <source>Connect and command timeout in seconds (default 15).</source>
        <translation>连接和命令超时，单位为秒（默认 15）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>The service&apos;s .env file.</source>
        <translation>服务的 .env 文件。</translation>
    </message>
    <message>
        <source>The service&apos;s TIMEZONE_OFFSET in hours (default 8).</source>
        <translation>服务的 TIMEZONE_OFFSET，单位为小时（默认 8）。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Evaluate &quot;today&quot;, expiry and windows at this ISO time instead of now.</source>
        <translation>以此 ISO 时间（而不是当前时间）计算“今天”、过期和窗口。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>list, export: include keys in the trash.</source>
        <translation>list、export：包含回收站中的密钥。</translation>
    </message>
    <message>
        <source>export: csv or json.</source>
        <translation>export：csv 或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation>export：写入此文件而不是标准输出。</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: the system&apos;s).</source>
        <translation>消息的语言：%1（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>要运行的命令（见上文）。</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知语言“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>未给出命令；请参阅 --help。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>未知命令“%1”；请参阅 --help。</translation>
    </message>
    <message>
        <source>%1 takes no arguments, but got &quot;%2&quot;.</source>
        <translation>%1 不接受参数，但收到了“%2”。</translation>
    </message>
    <message>
        <source>%1: %2 (ignored)</source>
        <translation>%1：%2（已忽略）</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port 必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--db must be a database number from 0 up.</source>
        <translation>--db 必须是从 0 开始的数据库编号。</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout 必须是正数秒数。</translation>
    </message>
    <message>
        <source>--timezone-offset must be a whole number of hours from -12 to 14.</source>
        <translation>--timezone-offset 必须是 -12 到 14 之间的整数小时。</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time, for example 2026-02-02T10:00:00Z.</source>
        <translation>--now 必须是 ISO 8601 日期时间，例如 2026-02-02T10:00:00Z。</translation>
    </message>
    <message>
        <source>No key has the id or name &quot;%1&quot;.</source>
        <translation>没有 ID 或名称为“%1”的密钥。</translation>
    </message>
    <message>
        <source>%1 keys are named &quot;%2&quot;; give the id instead.</source>
        <translation>有 %1 个密钥名为“%2”；请改用 ID。</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>redis version: %1</source>
        <translation>Redis 版本：%1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>API keys: %1 (%2 in the trash)</source>
        <translation>API Key：%1 个（回收站中 %2 个）</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>data model: %1</source>
        <translation>数据模型：%1</translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>最后使用</translation>
    </message>
    <message>
        <source>LAST ACCOUNT</source>
        <translation>最后使用的账户</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>show needs one key id or name.</source>
        <translation>show 需要一个密钥 ID 或名称。</translation>
    </message>
    <message>
        <source>usage: %1 requests, %2 tokens in total; today %3 requests, %4 tokens</source>
        <translation>用量：共 %1 次请求、%2 个 Token；今日 %3 次请求、%4 个 Token</translation>
    </message>
    <message>
        <source>MALFORMED %1 = %2: %3</source>
        <translation>格式错误 %1 = %2：%3</translation>
    </message>
    <message>
        <source>recent records: %1</source>
        <translation>最近记录：%1</translation>
    </message>
    <message>
        <source>lookup takes at most one argument: the key, or - to read it from standard input.</source>
        <translation>lookup 最多接受一个参数：密钥本身，或用 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <source>cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>No key matches. Either the key is unknown (or was deleted or regenerated), or the ENCRYPTION_KEY is not the service&apos;s.</source>
        <translation>没有匹配的密钥。可能是该密钥未知（或已被删除、重新生成），也可能是 ENCRYPTION_KEY 与服务的不一致。</translation>
    </message>
    <message>
        <source>(key hash missing)</source>
        <translation>（缺少密钥哈希）</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>密钥数</translation>
    </message>
    <message>
        <source>IN TRASH</source>
        <translation>回收站中</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>MONTHS WITH USAGE</source>
        <translation>有用量的月份</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>(malformed: %1)</source>
        <translation>（格式错误：%1）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>export needs --format csv or --format json.</source>
        <translation>export 需要 --format csv 或 --format json。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 written (%2 bytes)</source>
        <translation>已写入 %1（%2 字节）</translation>
    </message>
    <message>
        <source>create, update: the key&apos;s name.</source>
        <translation>create、update：密钥的名称。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>create, update: the key&apos;s description.</source>
        <translation>create、update：密钥的描述。</translation>
    </message>
    <message>
        <source>create, update: a tag (repeat for more; update replaces the tags).</source>
        <translation>create、update：一个标签（可重复指定多个；update 会替换原有标签）。</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>update: remove every tag.</source>
        <translation>update：移除所有标签。</translation>
    </message>
    <message>
        <source>create, update: token limit (0 = none).</source>
        <translation>create、update：Token 限制（0 = 不限制）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>create, update: concurrent requests (0 = no limit).</source>
        <translation>create、update：并发请求数（0 = 不限制）。</translation>
    </message>
    <message>
        <source>create, update: rate limit window in minutes.</source>
        <translation>create、update：速率限制窗口，单位为分钟。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>create, update: requests per window.</source>
        <translation>create、update：每个窗口的请求数。</translation>
    </message>
    <message>
        <source>create, update: cost per window in USD.</source>
        <translation>create、update：每个窗口的费用，单位为美元。</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>create, update: daily cost limit in USD (0 = none).</source>
        <translation>create、update：每日费用限制，单位为美元（0 = 不限制）。</translation>
    </message>
    <message>
        <source>create, update: total cost limit in USD (0 = none).</source>
        <translation>create、update：总费用限制，单位为美元（0 = 不限制）。</translation>
    </message>
    <message>
        <source>create, update: weekly Opus cost limit in USD.</source>
        <translation>create、update：每周 Opus 费用限制，单位为美元。</translation>
    </message>
    <message>
        <source>create, update: a service the key may use: claude, gemini, openai, droid (repeat; none or &quot;all&quot; = every service).</source>
        <translation>create、update：密钥可使用的服务：claude、gemini、openai、droid（可重复；不指定或 &quot;all&quot; = 所有服务）。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>create, update: a restricted model (repeat); turns model restriction on.</source>
        <translation>create、update：受限模型（可重复）；会开启模型限制。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>update: turn model restriction off.</source>
        <translation>update：关闭模型限制。</translation>
    </message>
    <message>
        <source>create, update: an allowed client: claude_code, gemini_cli, codex_cli, droid_cli (repeat); turns client restriction on.</source>
        <translation>create、update：允许的客户端：claude_code、gemini_cli、codex_cli、droid_cli（可重复）；会开启客户端限制。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>update: turn client restriction off.</source>
        <translation>update：关闭客户端限制。</translation>
    </message>
    <message>
        <source>create, update: bound Claude account id (&quot;&quot; unbinds).</source>
        <translation>create、update：绑定的 Claude 账户 ID（&quot;&quot; 表示解除绑定）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>create, update: bound Claude Console account id.</source>
        <translation>create、update：绑定的 Claude Console 账户 ID。</translation>
    </message>
    <message>
        <source>create, update: bound Gemini account id.</source>
        <translation>create、update：绑定的 Gemini 账户 ID。</translation>
    </message>
    <message>
        <source>create, update: bound OpenAI account id.</source>
        <translation>create、update：绑定的 OpenAI 账户 ID。</translation>
    </message>
    <message>
        <source>create, update: bound Azure OpenAI account id.</source>
        <translation>create、update：绑定的 Azure OpenAI 账户 ID。</translation>
    </message>
    <message>
        <source>create, update: bound Bedrock account id.</source>
        <translation>create、update：绑定的 Bedrock 账户 ID。</translation>
    </message>
    <message>
        <source>create, update: bound Droid account id.</source>
        <translation>create、update：绑定的 Droid 账户 ID。</translation>
    </message>
    <message>
        <source>create, update: the owning user (id or user name); &quot;admin&quot; for none.</source>
        <translation>create、update：所属用户（ID 或用户名）；&quot;admin&quot; 表示不属于任何用户。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>create, update, set-expiry: expiry date (ISO 8601; UTC unless an offset is given).</source>
        <translation>create、update、set-expiry：过期日期（ISO 8601；未给出时区偏移时为 UTC）。</translation>
    </message>
    <message>
        <source>create, update, set-expiry: expiry from now, e.g. 30d, 12h, 90m.</source>
        <translation>create、update、set-expiry：从现在起的有效时长，例如 30d、12h、90m。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>create, update, set-expiry: no expiry.</source>
        <translation>create、update、set-expiry：永不过期。</translation>
    </message>
    <message>
        <source>create, update: expire this long after the first use, e.g. 24h or 30d (activation mode).</source>
        <translation>create、update：首次使用后经过此时长过期，例如 24h 或 30d（激活模式）。</translation>
    </message>
    <message>
        <source>create: create the key disabled.</source>
        <translation>create：创建时禁用该密钥。</translation>
    </message>
    <message>
        <source>create, update: the icon as a data URL (data:image/png;base64,...).</source>
        <translation>create、update：以数据 URL 表示的图标（data:image/png;base64,...）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>create, update: weekly limit reset day, 1 (Monday) to 7.</source>
        <translation>create、update：每周限制的重置日，1（周一）到 7。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>create, update: weekly limit reset hour, 0 to 23.</source>
        <translation>create、update：每周限制的重置小时，0 到 23。</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>create, update: cost multiplier of a service, e.g. claude=1.5 (repeat).</source>
        <translation>create、update：某个服务的费用倍率，例如 claude=1.5（可重复）。</translation>
    </message>
    <message>
        <source>service=rate</source>
        <translation>服务=倍率</translation>
    </message>
    <message>
        <source>batch-create: how many keys (2 to 500).</source>
        <translation>batch-create：密钥数量（2 到 500）。</translation>
    </message>
    <message>
        <source>batch-create: the keys are named BASE_1, BASE_2, ...</source>
        <translation>batch-create：密钥命名为 BASE_1、BASE_2、...</translation>
    </message>
    <message>
        <source>update: overwrite fields another writer changed meanwhile.</source>
        <translation>update：覆盖其他写入者在此期间修改过的字段。</translation>
    </message>
    <message>
        <source>set-expiry: also enable the key.</source>
        <translation>set-expiry：同时启用该密钥。</translation>
    </message>
    <message>
        <source>renew: how much longer, e.g. 30d.</source>
        <translation>renew：延长多久，例如 30d。</translation>
    </message>
    <message>
        <source>doctor: run the repairs of the findings (asks first).</source>
        <translation>doctor：执行各项发现的修复（会先询问）。</translation>
    </message>
    <message>
        <source>purge, clear-trash, tag-delete, doctor --fix: do not ask for confirmation.</source>
        <translation>purge、clear-trash、tag-delete、doctor --fix：不询问确认。</translation>
    </message>
    <message>
        <source>Refuse every write command; nothing is sent to Redis.</source>
        <translation>拒绝所有写入命令；不向 Redis 发送任何内容。</translation>
    </message>
    <message>
        <source>The name recorded for writes (default: the system user name).</source>
        <translation>写入时记录的名字（默认：系统用户名）。</translation>
    </message>
    <message>
        <source>The audit log file (default: the program&apos;s data directory).</source>
        <translation>审计日志文件（默认：程序的数据目录）。</translation>
    </message>
    <message>
        <source>The release to write for when the database is empty: 1.1.235 or 1.1.314 (default).</source>
        <translation>数据库为空时按哪个版本写入：1.1.235 或 1.1.314（默认）。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>give only one of --expires-at, --expires-in and --never-expires.</source>
        <translation>--expires-at、--expires-in 和 --never-expires 只能给出一个。</translation>
    </message>
    <message>
        <source>--expires-in must be a positive duration such as 30d, 12h or 90m.</source>
        <translation>--expires-in 必须是正的时长，例如 30d、12h 或 90m。</translation>
    </message>
    <message>
        <source>--expires-at must be an ISO 8601 date or date and time, for example 2026-12-31 or 2026-12-31T23:59:59Z.</source>
        <translation>--expires-at 必须是 ISO 8601 日期或日期时间，例如 2026-12-31 或 2026-12-31T23:59:59Z。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, but got &quot;%2&quot;.</source>
        <translation>--%1 必须是整数，但收到了“%2”。</translation>
    </message>
    <message>
        <source>--%1 must be a number such as 12.75, but got &quot;%2&quot;.</source>
        <translation>--%1 必须是数字，例如 12.75，但收到了“%2”。</translation>
    </message>
    <message>
        <source>give either --tag or --no-tags.</source>
        <translation>--tag 和 --no-tags 只能给出一个。</translation>
    </message>
    <message>
        <source>give either --model or --no-model-restriction.</source>
        <translation>--model 和 --no-model-restriction 只能给出一个。</translation>
    </message>
    <message>
        <source>give either --client or --no-client-restriction.</source>
        <translation>--client 和 --no-client-restriction 只能给出一个。</translation>
    </message>
    <message>
        <source>--service-rate must be service=multiplier, for example claude=1.5, but got &quot;%1&quot;.</source>
        <translation>--service-rate 必须是 服务=倍率，例如 claude=1.5，但收到了“%1”。</translation>
    </message>
    <message>
        <source>--activation sets the expiry at the first use; it cannot be combined with --expires-at or --expires-in.</source>
        <translation>--activation 会在首次使用时设置过期时间；不能与 --expires-at 或 --expires-in 同时使用。</translation>
    </message>
    <message>
        <source>--activation must be a number of hours or days, such as 24h or 30d.</source>
        <translation>--activation 必须是小时数或天数，例如 24h 或 30d。</translation>
    </message>
    <message>
        <source>--release must be 1.1.235 or 1.1.314.</source>
        <translation>--release 必须是 1.1.235 或 1.1.314。</translation>
    </message>
    <message>
        <source>%1 takes exactly one argument (a key id or name; a tag for tag-delete).</source>
        <translation>%1 只接受一个参数（密钥 ID 或名称；tag-delete 为标签）。</translation>
    </message>
    <message>
        <source>tag-rename takes two arguments: the old and the new tag name.</source>
        <translation>tag-rename 需要两个参数：旧标签名和新标签名。</translation>
    </message>
    <message>
        <source>%1 needs one or more key ids or names.</source>
        <translation>%1 需要一个或多个密钥 ID 或名称。</translation>
    </message>
    <message>
        <source>the key field options apply only to create, batch-create and update.</source>
        <translation>密钥字段选项只适用于 create、batch-create 和 update。</translation>
    </message>
    <message>
        <source>create needs --name.</source>
        <translation>create 需要 --name。</translation>
    </message>
    <message>
        <source>batch-create names its keys after --base-name; --name does not apply.</source>
        <translation>batch-create 按 --base-name 为密钥命名；--name 不适用。</translation>
    </message>
    <message>
        <source>batch-create needs --base-name and --count.</source>
        <translation>batch-create 需要 --base-name 和 --count。</translation>
    </message>
    <message>
        <source>--count must be a whole number, but got &quot;%1&quot;.</source>
        <translation>--count 必须是整数，但收到了“%1”。</translation>
    </message>
    <message>
        <source>update needs at least one field option, such as --name or --daily-cost-limit.</source>
        <translation>update 至少需要一个字段选项，例如 --name 或 --daily-cost-limit。</translation>
    </message>
    <message>
        <source>set-expiry needs --expires-at, --expires-in or --never-expires.</source>
        <translation>set-expiry 需要 --expires-at、--expires-in 或 --never-expires。</translation>
    </message>
    <message>
        <source>renew needs --by with a positive duration such as 30d, 12h or 90m.</source>
        <translation>renew 需要 --by 并给出正的时长，例如 30d、12h 或 90m。</translation>
    </message>
    <message>
        <source>doctor without --fix only reads.</source>
        <translation>不带 --fix 的 doctor 只读取数据。</translation>
    </message>
    <message>
        <source>--operator must not be empty.</source>
        <translation>--operator 不能为空。</translation>
    </message>
    <message>
        <source>--owner: no user has the id or name &quot;%1&quot;.</source>
        <translation>--owner：没有 ID 或用户名为“%1”的用户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Nothing to repair: %1</source>
        <translation>无需修复：%1</translation>
    </message>
    <message numerus="yes">
        <source>Run these %n repair(s)?</source>
        <translation>
            <numerusform>执行这 %n 项修复？</numerusform>
        </translation>
    </message>
    <message>
        <source>--read-only: refusing to run &quot;%1&quot;, which writes; nothing was sent to Redis.</source>
        <translation>--read-only：拒绝运行会写入的“%1”；未向 Redis 发送任何内容。</translation>
    </message>
    <message>
        <source>Rate limit window must be a positive integer (minutes)</source>
        <translation>速率限制窗口必须是正整数（分钟）</translation>
    </message>
    <message>
        <source>Rate limit requests must be a positive integer</source>
        <translation>速率限制请求数必须是正整数</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n key(s) and all their usage data permanently?</source>
        <translation>
            <numerusform>永久删除这 %n 个密钥及其所有用量数据？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag &quot;%1&quot; from these %n key(s)?</source>
        <translation>
            <numerusform>从这 %n 个密钥中移除标签“%1”？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the trash; delete it first. Nothing was removed.</source>
        <translation>%1 不在回收站中；请先删除它。未移除任何内容。</translation>
    </message>
    <message>
        <source>new tag name</source>
        <translation>新标签名</translation>
    </message>
    <message>
        <source>%1 needs confirmation: run it on a terminal, or add --yes. Nothing was changed.</source>
        <translation>%1 需要确认：请在终端中运行，或加上 --yes。未做任何修改。</translation>
    </message>
    <message>
        <source>Type yes to continue: </source>
        <translation>输入 yes 继续：</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>未确认；未做任何修改。</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2).</source>
        <translation>已创建“%1”（%2）。</translation>
    </message>
    <message>
        <source>API key, shown only this once:</source>
        <translation>API Key，仅显示这一次：</translation>
    </message>
    <message>
        <source>New API key for &quot;%1&quot; (%2), shown only this once; the old one no longer works:</source>
        <translation>“%1”（%2）的新 API Key，仅显示这一次；旧的已失效：</translation>
    </message>
    <message numerus="yes">
        <source>Created %n key(s); the API keys are shown only this once:</source>
        <translation>
            <numerusform>已创建 %n 个密钥；API Key 仅显示这一次：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>doctor --fix: %n finding(s) repaired.</source>
        <translation>
            <numerusform>doctor --fix：已修复 %n 项发现。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) changed.</source>
        <translation>
            <numerusform>%1：已修改 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list what would be removed: %1 Nothing was removed.</source>
        <translation>无法列出将要删除的内容：%1 未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>In all %n Redis key(s) are deleted, and the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed.</source>
        <translation>
            <numerusform>共删除 %n 个 Redis 键，并移除这些密钥在 apikey:hash_map、费用排行以及键索引（如有）中的条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage claude-relay-service API keys in the service&apos;s Redis.</source>
        <translation>在 claude-relay-service 的 Redis 中管理其 API Key。</translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation>界面语言：%1（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Relay Key Admin</source>
        <translation>Relay Key Admin</translation>
    </message>
    <message>
        <source>Show the program with made-up data: a private redis-server, filled with about 60 keys and 90 days of usage, stopped on exit.</source>
        <translation>使用虚构数据展示本程序：启动一个私有的 redis-server，填入约 60 个密钥和 90 天的用量，退出时停止。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation>&lt;ms&gt; 毫秒后退出（用于测试）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Once the key list has loaded, sort it by cost, select the first key, save a picture of the main window to &lt;file&gt; and quit (for documentation and tests).</source>
        <translation>密钥列表加载完成后，按费用排序，选中第一个密钥，将主窗口的截图保存到 &lt;file&gt; 并退出（用于文档和测试）。</translation>
    </message>
</context>
<context>
    <name>rka::app::DemoMode</name>
    <message>
        <source>Demo: starting a private redis-server…</source>
        <translation>演示：正在启动私有的 redis-server…</translation>
    </message>
    <message>
        <source>Demo mode needs redis-server: %1</source>
        <translation>演示模式需要 redis-server：%1</translation>
    </message>
    <message>
        <source>Demo: redis-server on 127.0.0.1:%1 with made-up data; it stops when the program exits.</source>
        <translation>演示：redis-server 运行于 127.0.0.1:%1，使用虚构数据；程序退出时停止。</translation>
    </message>
    <message>
        <source>Demo mode cannot reach its redis-server: %1</source>
        <translation>演示模式无法连接其 redis-server：%1</translation>
    </message>
    <message>
        <source>Demo: writing 90 days of made-up keys and usage…</source>
        <translation>演示：正在写入 90 天的虚构密钥和用量…</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>无法写入演示数据：%1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>rka::redis::Connection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>This connection is read-only: %1 was not sent.</source>
        <translation>此连接为只读：未发送 %1。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Not connected to %1; nothing was sent.</source>
        <translation>未连接到 %1；未发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing to write; the transaction was not started.</source>
        <translation>没有要写入的内容；未开始事务。</translation>
    </message>
    <message>
        <source>Another client changed %1 after it was read; nothing was written.</source>
        <translation>另一个客户端在读取后修改了 %1；未写入任何内容。</translation>
    </message>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate.</source>
        <translation>无法读取 CA 文件 %1，或其中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The client certificate %1 could not be read as a PEM certificate.</source>
        <translation>无法将客户端证书 %1 读取为 PEM 证书。</translation>
    </message>
    <message>
        <source>The client key %1 could not be read (an unencrypted PEM RSA or EC key is needed).</source>
        <translation>无法读取客户端私钥 %1（需要未加密的 PEM RSA 或 EC 私钥）。</translation>
    </message>
    <message>
        <source>Authentication at %1 failed: %2</source>
        <translation>在 %1 认证失败：%2</translation>
    </message>
    <message>
        <source>The server at %1 requires a password (and a user name for an ACL user): %2</source>
        <translation>%1 上的服务器需要密码（ACL 用户还需要用户名）：%2</translation>
    </message>
    <message>
        <source>Database %1 cannot be selected at %2: %3</source>
        <translation>无法在 %2 上选择数据库 %1：%3</translation>
    </message>
    <message>
        <source>The server at %1 refused PING: %2</source>
        <translation>%1 上的服务器拒绝了 PING：%2</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply nobody asked for.</source>
        <translation>%1 上的服务器发送了未请求的回复。</translation>
    </message>
    <message>
        <source>The server at %1 sent data that is not Redis protocol (%2).</source>
        <translation>%1 上的服务器发送的数据不是 Redis 协议（%2）。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (connect timeout). Check the host, the port, TLS and any firewall.</source>
        <translation>%1 在 %2 秒内没有响应（连接超时）。请检查主机、端口、TLS 以及防火墙。</translation>
    </message>
    <message>
        <source>No reply from %1 within %2 s; the connection was reset.</source>
        <translation>%1 在 %2 秒内没有回复；连接已重置。</translation>
    </message>
    <message>
        <source>Connection refused at %1. Is Redis running there, and is the port right?</source>
        <translation>%1 拒绝了连接。Redis 是否在该处运行，端口是否正确？</translation>
    </message>
    <message>
        <source>Host %1 was not found. Check the host name.</source>
        <translation>找不到主机 %1。请检查主机名。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during the TLS handshake. Does it require a client certificate, or is TLS off on that port?</source>
        <translation>%1 上的服务器在 TLS 握手期间关闭了连接。它是否需要客户端证书，或者该端口未启用 TLS？</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection.</source>
        <translation>%1 上的服务器关闭了连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match host name %1.</source>
        <translation>服务器证书与主机名 %1 不匹配。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is signed by an unknown authority. Choose the CA file that signed it.</source>
        <translation>服务器证书由未知的证书颁发机构签发。请选择签发它的 CA 文件。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>服务器证书已过期。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>服务器证书尚未生效。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since you accepted it; it was refused.</source>
        <translation>服务器证书在您接受后已更改；已被拒绝。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. If the server requires a client certificate, set one.</source>
        <translation>与 %1 的 TLS 握手失败：%2。如果服务器需要客户端证书，请进行设置。</translation>
    </message>
    <message>
        <source>The TLS session with %1 failed: %2. If the server requires a client certificate, set one in the TLS settings.</source>
        <translation>与 %1 的 TLS 会话失败：%2。如果服务器需要客户端证书，请在 TLS 设置中进行设置。</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>A write was sent but no reply came (%1). It may or may not have been applied: check the data (or run the health check) before trying again.</source>
        <translation>写入已发送，但没有收到回复（%1）。它可能已生效，也可能未生效：请先检查数据（或运行健康检查）再重试。</translation>
    </message>
    <message>
        <source>The server at %1 offers only TLS versions older than 1.2, which are not secure enough and are refused (%2). Enable TLS 1.2 or 1.3 on the server.</source>
        <translation>%1 上的服务器只提供低于 1.2 的 TLS 版本，安全性不足，已被拒绝（%2）。请在服务器上启用 TLS 1.2 或 1.3。</translation>
    </message>
</context>
<context>
    <name>rka::relay::KeyWriter</name>
    <message>
        <source>This database is opened read-only: %1</source>
        <translation>此数据库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>This profile is read-only; nothing was written.</source>
        <translation>此配置为只读；未写入任何内容。</translation>
    </message>
    <message>
        <source>The keys kept changing while the write was prepared (%1 attempts); nothing was written. Try again.</source>
        <translation>准备写入期间密钥不断变化（尝试了 %1 次）；未写入任何内容。请重试。</translation>
    </message>
    <message>
        <source>The connection failed after the write was sent, so it may or may not have been applied. Reload the keys (or run the health check) to see which.</source>
        <translation>写入已发送后连接失败，因此它可能已生效，也可能未生效。请重新加载密钥（或运行健康检查）来确认。</translation>
    </message>
    <message>
        <source>Redis refused part of the write (%1); the rest was applied. Run the health check.</source>
        <translation>Redis 拒绝了部分写入（%1）；其余部分已生效。请运行健康检查。</translation>
    </message>
    <message>
        <source>Written. The check for other writers could not run: %1</source>
        <translation>已写入。无法检查其他写入者：%1</translation>
    </message>
    <message>
        <source>Written, but another writer changed it back right after (%1). The live service rewrites a key on every request it serves; try again when the key is idle.</source>
        <translation>已写入，但另一个写入者随即将其改回（%1）。正在运行的服务每处理一个请求都会重写密钥；请在该密钥空闲时重试。</translation>
    </message>
    <message>
        <source>Creating a key needs the service&apos;s ENCRYPTION_KEY: the stored value is a hash of the key and it. Set it in the profile.</source>
        <translation>创建密钥需要服务的 ENCRYPTION_KEY：存储的值是密钥与它的哈希。请在配置中设置。</translation>
    </message>
    <message>
        <source>The system&apos;s random generator failed; no key was created.</source>
        <translation>系统随机数生成器失败；未创建密钥。</translation>
    </message>
    <message>
        <source>A new key id is already taken; nothing was written.</source>
        <translation>新的密钥 ID 已被占用；未写入任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already activated or does not wait for its first use.</source>
        <translation>“%1”已激活，或者不是等待首次使用的密钥。</translation>
    </message>
    <message>
        <source>Regenerating a key needs the service&apos;s ENCRYPTION_KEY. Set it in the profile.</source>
        <translation>重新生成密钥需要服务的 ENCRYPTION_KEY。请在配置中设置。</translation>
    </message>
    <message>
        <source>The system&apos;s random generator failed; nothing was changed.</source>
        <translation>系统随机数生成器失败；未做任何修改。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>No key carries the tag &quot;%1&quot;.</source>
        <translation>没有密钥带有标签“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n 条命令</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>rka::support::FileSecretStore</name>
    <message>
        <source>The local secrets file %1 is a symbolic link; it is not used.</source>
        <translation>本地机密文件 %1 是符号链接；不会使用它。</translation>
    </message>
    <message>
        <source>Cannot open the local secrets file %1: %2</source>
        <translation>无法打开本地机密文件 %1：%2</translation>
    </message>
    <message>
        <source>The local secrets file %1 is not a regular file; it is not used.</source>
        <translation>本地机密文件 %1 不是普通文件；不会使用它。</translation>
    </message>
    <message>
        <source>The local secrets file %1 belongs to another user. Nothing was read from it.</source>
        <translation>本地机密文件 %1 属于其他用户。未从中读取任何内容。</translation>
    </message>
    <message>
        <source>The local secrets file %1 can be read or changed by other users (mode %2). Nothing was read from it. Make it private with &quot;chmod 600 %1&quot;, or delete it and enter the secrets again.</source>
        <translation>本地机密文件 %1 可被其他用户读取或修改（权限 %2）。未从中读取任何内容。请用 &quot;chmod 600 %1&quot; 使其私有，或删除它并重新输入机密信息。</translation>
    </message>
    <message>
        <source>Cannot read the local secrets file %1: %2</source>
        <translation>无法读取本地机密文件 %1：%2</translation>
    </message>
    <message>
        <source>The local secrets file %1 is damaged (not JSON); it was not changed.</source>
        <translation>本地机密文件 %1 已损坏（不是 JSON）；未对其进行修改。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the local secrets file %1: %2</source>
        <translation>无法写入本地机密文件 %1：%2</translation>
    </message>
    <message>
        <source>The local secrets file holds no such secret.</source>
        <translation>本地机密文件中没有该机密信息。</translation>
    </message>
</context>
<context>
    <name>rka::support::KeychainSecretStore</name>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>The system keychain holds no such secret.</source>
        <translation>系统密钥环中没有该机密信息。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>系统密钥环拒绝访问：%1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). A keychain needs a running Secret Service such as GNOME Keyring or KWallet. Choose to type the secrets each time, or to keep them in the local file that is not encrypted.</source>
        <translation>没有可用的系统密钥环（%1）。密钥环需要正在运行的 Secret Service，例如 GNOME Keyring 或 KWallet。请选择每次输入机密信息，或将其保存在未加密的本地文件中。</translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret: %1</source>
        <translation>系统密钥环无法删除该机密信息：%1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>系统密钥环在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::support::PromptSecretStore</name>
    <message>
        <source>This profile keeps no secrets; type it to connect.</source>
        <translation>此配置不保存机密信息；请输入后连接。</translation>
    </message>
</context>
<context>
    <name>rka::ui::AuditLogModel</name>
    <message>
        <source>(absent)</source>
        <extracomment>An audit log value for a field that did not exist</extracomment>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>Column: who made the change (the operating user)</extracomment>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>Column: the changed fields, before and after</extracomment>
        <translation>更改</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>rka::ui::ChartView</name>
    <message>
        <source>%1B</source>
        <extracomment>Abbreviations of billion, million and thousand tokens on a chart axis (&quot;3.5M&quot;, &quot;12K&quot;)</extracomment>
        <translation>%1B</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <extracomment>A pie slice: %1 = its name, %2 = its value, %3 = its share in per cent</extracomment>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <extracomment>The sum of the stacked parts of one bar</extracomment>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <extracomment>A legend entry of a pie chart: %1 = the slice&apos;s name, %2 = its share in per cent</extracomment>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>无法将图片保存到 %1。</translation>
    </message>
</context>
<context>
    <name>rka::ui::CommandLogModel</name>
    <message>
        <source>pending</source>
        <extracomment>A command still waiting for its reply</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Command</source>
        <extracomment>Column: the Redis command name</extracomment>
        <translation>命令</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column: the Redis key the command works on</extracomment>
        <translation>键</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>Column: how many commands of this name the row stands for</extracomment>
        <translation>次数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>rka::ui::ConflictDialog</name>
    <message numerus="yes">
        <source>While you edited this key, someone else changed %n of the fields you changed too. Nothing has been written yet. Keep your values, take the stored ones for these fields (your other changes are still saved), or cancel and go on editing.</source>
        <translation>
            <numerusform>在您编辑该密钥期间，其他人修改了您也修改过的 %n 个字段。尚未写入任何内容。您可以保留自己的值、对这些字段采用已存储的值（您的其他修改仍会保存），或取消并继续编辑。</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的值</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <extracomment>Conflict table column: the value another writer stored.</extracomment>
        <translation>他人的值（当前存储）</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <extracomment>Conflict table column: the value when the editor was opened.</extracomment>
        <translation>打开时的值</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>采用他人的(&amp;T)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>A field that is absent from the key.</extracomment>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>A field that holds the empty string.</extracomment>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>rka::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>选择客户端证书</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>选择客户端私钥</translation>
    </message>
    <message>
        <source>Enter the host name or address of the Redis server.</source>
        <translation>请输入 Redis 服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space.</source>
        <translation>主机名“%1”包含空格。</translation>
    </message>
    <message>
        <source>An ACL user needs a password.</source>
        <translation>ACL 用户需要密码。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist or cannot be read.</source>
        <translation>%1 %2 不存在或无法读取。</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key needs its certificate.</source>
        <translation>客户端证书需要对应的私钥，私钥也需要对应的证书。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rka::ui::DashboardWidget</name>
    <message>
        <source>Range:</source>
        <extracomment>The time range of the dashboard</extracomment>
        <translation>范围：</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Start date of a custom range</extracomment>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>End date of a custom range</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>Top:</source>
        <extracomment>How many keys the ranking shows</extracomment>
        <translation>前：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Model mix across keys</source>
        <translation>各密钥的模型构成</translation>
    </message>
    <message>
        <source>Keys closest to their limits (click to select)</source>
        <translation>最接近限制的密钥（点击选择）</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n day(s).</source>
        <translation>
            <numerusform>最多选择 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not read the costs: %1</source>
        <translation>无法读取费用：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1: %2 spent by %3.</source>
        <extracomment>%1 = the range, %2 = the cost, %3 = &quot;N keys&quot;</extracomment>
        <translation>%1：%3 共花费 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) with cost</source>
        <translation>
            <numerusform>%n 个有费用的密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Total cost per day (USD)</source>
        <translation>每日总费用（美元）</translation>
    </message>
    <message>
        <source>Total cost per day (USD), %1 to %2</source>
        <translation>每日总费用（美元），%1 至 %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>No key has a cost in this range (%1).</source>
        <translation>此范围内没有密钥产生费用（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Top %n key(s) by cost, %1</source>
        <extracomment>%n = how many keys, %1 = the range</extracomment>
        <translation>
            <numerusform>费用最高的 %n 个密钥，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage by model in this range.</source>
        <translation>此范围内没有按模型划分的用量。</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Tokens by model</source>
        <translation>按模型的 Token 数</translation>
    </message>
</context>
<context>
    <name>rka::ui::EditorPage</name>
    <message>
        <source>Set</source>
        <extracomment>Batch edit: ticked = this field is set on every selected key, unticked = each key keeps its value.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Tick to set this on every selected key; unticked, each key keeps its own value.</source>
        <translation>勾选后将此项设置到每个选中的密钥；不勾选时，每个密钥保留自己的值。</translation>
    </message>
</context>
<context>
    <name>rka::ui::HealthDialog</name>
    <message>
        <source>Health Check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column: the API key a health finding is about.</extracomment>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Redis keys</source>
        <extracomment>Column: number of Redis keys a health finding involves.</extracomment>
        <translation>Redis 键</translation>
    </message>
    <message>
        <source>Select a finding to see what is wrong and what its repair does.</source>
        <translation>选择一项发现，查看问题所在以及修复会做什么。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Repair checked…</source>
        <translation>修复勾选项(&amp;R)…</translation>
    </message>
    <message>
        <source>The health check failed: %1</source>
        <translation>健康检查失败：%1</translation>
    </message>
    <message>
        <source>This profile or database is read-only: the repairs are shown, not run.</source>
        <translation>此配置或数据库为只读：只显示修复内容，不会执行。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n key(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个密钥…</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis keys involved:</source>
        <translation>涉及的 Redis 键：</translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>This profile or database is read-only; nothing was repaired.</source>
        <translation>此配置或数据库为只读；未进行任何修复。</translation>
    </message>
    <message>
        <source>Check the findings to repair first.</source>
        <translation>请先勾选要修复的发现。</translation>
    </message>
    <message>
        <source>delete %1</source>
        <extracomment>A line of the repair question: %1 is a Redis key that the repairs delete.</extracomment>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <extracomment>A line of the repair question: %1 is a Redis key that the repairs change.</extracomment>
        <translation>修改 %1</translation>
    </message>
    <message numerus="yes">
        <source>Run %n repair(s)?</source>
        <translation>
            <numerusform>执行 %n 项修复？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… 还有 %n 项（见详细信息）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Repair %n finding(s)</source>
        <translation>
            <numerusform>修复 %n 项发现</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>正在修复…</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n finding(s).</source>
        <translation>
            <numerusform>已修复 %n 项发现。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis keys deleted: %1, changed: %2.</source>
        <extracomment>%1 and %2: numbers of Redis keys that the repairs delete and change.</extracomment>
        <translation>将删除的 Redis 键：%1，将修改的：%2。</translation>
    </message>
</context>
<context>
    <name>rka::ui::IconPicker</name>
    <message>
        <source>&amp;Choose image…</source>
        <translation>选择图片(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove &amp;icon</source>
        <translation>移除图标(&amp;I)</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: it does not exist or is not readable.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>无法打开“%1”：它不存在或不可读取。</translation>
    </message>
    <message>
        <source>“%1” is %2; choose an image file of at most %3.</source>
        <translation>“%1”的大小为 %2；请选择不超过 %3 的图片文件。</translation>
    </message>
    <message>
        <source>“%1” is not an image this program can read (damaged, or a format without a Qt image plugin). Choose a PNG, JPEG, SVG or WebP file.</source>
        <translation>“%1”不是本程序能读取的图片（已损坏，或其格式没有 Qt 图片插件）。请选择 PNG、JPEG、SVG 或 WebP 文件。</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; images larger than %4×%4 are refused.</source>
        <translation>“%1”为 %2×%3 像素；大于 %4×%4 的图片会被拒绝。</translation>
    </message>
    <message>
        <source>“%1” could not be decoded: %2. The file may be damaged.</source>
        <extracomment>%1 is a file name, %2 the image library&apos;s reason.</extracomment>
        <translation>无法解码“%1”：%2。文件可能已损坏。</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>图片为空。</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG.</source>
        <translation>无法将图片转换为 PNG。</translation>
    </message>
    <message>
        <source>The converted icon is %1, more than the %2 a key may hold.</source>
        <translation>转换后的图标大小为 %1，超过了一个密钥可容纳的 %2。</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <extracomment>File dialog filter; %1 is a list of patterns such as *.png *.jpg.</extracomment>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose an icon for the key</source>
        <translation>为密钥选择图标</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>无图标</translation>
    </message>
    <message>
        <source>Choose a PNG, JPEG, SVG or WebP image; it is scaled to fit %1×%1 pixels and stored in the key as a PNG.</source>
        <translation>选择 PNG、JPEG、SVG 或 WebP 图片；它会缩放到 %1×%1 像素以内，并以 PNG 格式存储在密钥中。</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>The stored icon is not an image that can be shown (%1 characters).</source>
        <translation>存储的图标不是可显示的图片（%1 个字符）。</translation>
    </message>
    <message>
        <source>%1×%2 pixels, stored as %3 of text.</source>
        <extracomment>%1×%2 is the icon&apos;s size in pixels, %3 the size of the stored text.</extracomment>
        <translation>%1×%2 像素，存储为 %3 的文本。</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyChartsWidget</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A day on a chart: %1 = the date (YYYY-MM-DD), %2 = the short weekday name</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2:00–%2:59</source>
        <extracomment>One hour on a chart: %1 = the date, %2 = the hour (00-23)</extracomment>
        <translation>%1，%2:00–%2:59</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>The days shown in the charts and counted in the model split</source>
        <translation>图表显示的天数，以及模型占比所统计的天数</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <extracomment>The split of a key&apos;s usage by AI model</extracomment>
        <translation>按模型的用量</translation>
    </message>
    <message>
        <source>Days and hours are the service&apos;s, in its time zone (UTC%1). The service keeps daily costs for 30 days, daily usage and usage by model for 32 days and hourly costs for 7 days; earlier buckets show 0.</source>
        <translation>日期和小时以服务所在时区（UTC%1）为准。服务保留 30 天的每日费用、32 天的每日用量和按模型用量，以及 7 天的每小时费用；更早的数据显示为 0。</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>未选择密钥</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Select a key to see its charts.</source>
        <translation>选择一个密钥以查看其图表。</translation>
    </message>
    <message>
        <source>Could not read the usage data: %1</source>
        <translation>无法读取用量数据：%1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 to %2 (service time)</source>
        <translation>%1 至 %2（服务时间）</translation>
    </message>
    <message>
        <source>Cost %1 · %2 · %3 tokens</source>
        <extracomment>%1 = cost, %2 = number of requests, %3 = number of tokens, over the chosen days</extracomment>
        <translation>费用 %1 · %2 · %3 个 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per day (USD)</source>
        <translation>每日费用（美元）</translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>A chart series: money spent</extracomment>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost per hour, last 7 days (USD)</source>
        <translation>每小时费用，最近 7 天（美元）</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>每日 Token 数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cache create</source>
        <extracomment>Tokens written to the prompt cache</extracomment>
        <translation>缓存创建</translation>
    </message>
    <message>
        <source>Cache read</source>
        <extracomment>Tokens read from the prompt cache</extracomment>
        <translation>缓存读取</translation>
    </message>
    <message>
        <source>Not split</source>
        <extracomment>Tokens of old data that the service did not split into input, output and cache</extracomment>
        <translation>未拆分</translation>
    </message>
    <message>
        <source>No usage by model in these days.</source>
        <translation>这些天内没有按模型划分的用量。</translation>
    </message>
    <message>
        <source>Tokens by model</source>
        <translation>按模型的 Token 数</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyDetailWidget</name>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 Token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 Token</translation>
    </message>
    <message>
        <source>Cache create tokens</source>
        <translation>缓存创建 Token</translation>
    </message>
    <message>
        <source>Cache read tokens</source>
        <translation>缓存读取 Token</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>全部 Token</translation>
    </message>
    <message>
        <source>Select a key</source>
        <translation>选择一个密钥</translation>
    </message>
    <message>
        <source>Copy id</source>
        <extracomment>The id of the API key (not the secret key itself)</extracomment>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy the key&apos;s id to the clipboard</source>
        <translation>将密钥的 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Malformed values: shown as stored; nothing was changed</source>
        <translation>格式错误的值：按存储内容显示；未做任何修改</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Model restriction</source>
        <translation>模型限制</translation>
    </message>
    <message>
        <source>Client restriction</source>
        <translation>客户端限制</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Expiry mode</source>
        <extracomment>Row label: how the key expires (fixed date, or a period from first use)</extracomment>
        <translation>过期方式</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Last used at</source>
        <translation>最后使用时间</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Service rates</source>
        <translation>服务倍率</translation>
    </message>
    <message>
        <source>Weekly reset</source>
        <extracomment>Row label: when the weekly Opus cost counter starts again</extracomment>
        <translation>每周重置</translation>
    </message>
    <message>
        <source>Codex adaptation</source>
        <translation>Codex 适配</translation>
    </message>
    <message>
        <source>Payload rules</source>
        <translation>载荷规则</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Costs and limits</source>
        <translation>费用与限制</translation>
    </message>
    <message>
        <source>Opus this week</source>
        <translation>本周 Opus</translation>
    </message>
    <message>
        <source>Rate limit window</source>
        <translation>速率限制窗口</translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>Row label: the length of the rate-limit window</extracomment>
        <translation>窗口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Concurrency and last use</source>
        <translation>并发与最后使用</translation>
    </message>
    <message>
        <source>Running now</source>
        <extracomment>Row label: requests running right now against the key&apos;s concurrency limit</extracomment>
        <translation>当前运行</translation>
    </message>
    <message>
        <source>Last account</source>
        <translation>最后使用的账户</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>最后请求</translation>
    </message>
    <message>
        <source>Malformed %1: “%2” (%3)</source>
        <extracomment>A stored value that does not match its format: %1 the field, %2 the value, %3 why</extracomment>
        <translation>格式错误的 %1：“%2”（%3）</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <extracomment>After the malformed value: what the service makes of it</extracomment>
        <translation>读作：%1</translation>
    </message>
    <message>
        <source>The limit is malformed: “%1”</source>
        <translation>该限制格式错误：“%1”</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Shared pool (no dedicated account)</source>
        <extracomment>The key is not bound to a dedicated account: the service picks one from the shared pool</extracomment>
        <translation>共享池（无专属账户）</translation>
    </message>
    <message>
        <source>Averages: %1 RPM, %2 TPM; per day %3 requests, %4 tokens</source>
        <extracomment>Average rates since the key was created: %1 requests per minute, %2 tokens per minute, %3 requests per day, %4 tokens per day</extracomment>
        <translation>平均：%1 RPM，%2 TPM；每天 %3 次请求，%4 个 Token</translation>
    </message>
    <message>
        <source>Week or reset period read: %1</source>
        <translation>读取的周或重置周期：%1</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Deleted account</source>
        <extracomment>The account that served the key&apos;s last request no longer exists; %1 is its id</extracomment>
        <translation>已删除的账户</translation>
    </message>
    <message>
        <source>Deleted account (%1)</source>
        <translation>已删除的账户（%1）</translation>
    </message>
    <message>
        <source>The newest usage record names an account that no longer exists.</source>
        <translation>最新的用量记录指向一个已不存在的账户。</translation>
    </message>
    <message>
        <source>Unknown: the account is gone</source>
        <translation>未知：该账户已不存在</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a readable account type, %2 the service&apos;s own type name</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No rate limit window is set</source>
        <translation>未设置速率限制窗口</translation>
    </message>
    <message>
        <source>Not active: the next request starts a window</source>
        <translation>未激活：下一个请求会开始一个窗口</translation>
    </message>
    <message>
        <source>Over since %1; the next request starts a new window</source>
        <translation>已于 %1 结束；下一个请求会开始新窗口</translation>
    </message>
    <message>
        <source>Resets in %1 (at %2)</source>
        <extracomment>%1 the time left in the rate-limit window, %2 when it ends</extracomment>
        <translation>%1后重置（%2）</translation>
    </message>
    <message>
        <source>%1 = “%3”: %2</source>
        <extracomment>One malformed field: %1 its name, %2 why, %3 the stored value (shortened)</extracomment>
        <translation>%1 = “%3”：%2</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorBasicsPage</name>
    <message>
        <source>Add these tags</source>
        <extracomment>Batch edit: what happens to the tags of each selected key.</extracomment>
        <translation>添加这些标签</translation>
    </message>
    <message>
        <source>Remove these tags</source>
        <translation>移除这些标签</translation>
    </message>
    <message>
        <source>Replace all tags with these</source>
        <translation>将所有标签替换为这些</translation>
    </message>
    <message>
        <source>Basics</source>
        <extracomment>Editor section with the API key&apos;s name, owner, status and tags.</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Base &amp;name:</source>
        <translation>基础名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Keys are named &lt;base&gt;_1, &lt;base&gt;_2, …</source>
        <translation>密钥将命名为 &lt;base&gt;_1、&lt;base&gt;_2、…</translation>
    </message>
    <message>
        <source>Admin</source>
        <extracomment>Owner choice: the key belongs to the administrators, not to a user.</extracomment>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <extracomment>Owner choice for a user account that is disabled.</extracomment>
        <translation>%1 — 已禁用</translation>
    </message>
    <message>
        <source>⚠ %1 (user missing)</source>
        <extracomment>Owner choice: the key names a user id that does not exist.</extracomment>
        <translation>⚠ %1（用户不存在）</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorBindingsPage</name>
    <message>
        <source>None ticked = the key may use all services.</source>
        <translation>不勾选 = 该密钥可以使用所有服务。</translation>
    </message>
    <message>
        <source>Services and accounts</source>
        <extracomment>Editor section: which services the API key may use and which accounts serve it.</extracomment>
        <translation>服务与账户</translation>
    </message>
    <message>
        <source>Shared pool (no binding)</source>
        <extracomment>Account binding choice: no dedicated account, the service picks from all accounts.</extracomment>
        <translation>共享池（不绑定）</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <extracomment>Account binding choice: %1 is an account group&apos;s name.</extracomment>
        <translation>账户组：%1</translation>
    </message>
    <message>
        <source>⚠ %1 (account missing)</source>
        <extracomment>A key&apos;s binding names an account (or group) that no longer exists.</extracomment>
        <translation>⚠ %1（账户不存在）</translation>
    </message>
    <message>
        <source>The key may not use this service; the binding is kept but unused.</source>
        <translation>该密钥不允许使用此服务；绑定会保留但不会使用。</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>This database is open read-only: %1</source>
        <translation>此数据库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>新建 API Key</translation>
    </message>
    <message>
        <source>Create an API key. The key itself is shown once, after it is created.</source>
        <translation>创建一个 API Key。密钥本身只在创建后显示一次。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>New API keys</source>
        <translation>新建多个 API Key</translation>
    </message>
    <message>
        <source>Create %1 to %2 API keys with the same settings, named from a base name. The keys are shown once, after they are created.</source>
        <translation>以相同设置创建 %1 到 %2 个 API Key，按基础名称命名。这些密钥只在创建后显示一次。</translation>
    </message>
    <message>
        <source>&amp;Create keys</source>
        <translation>创建密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Edit API key “%1”</source>
        <extracomment>%1 is the API key&apos;s name.</extracomment>
        <translation>编辑 API Key“%1”</translation>
    </message>
    <message>
        <source>Only the fields you change are written. Key id: %1</source>
        <translation>只写入您修改的字段。密钥 ID：%1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n API key(s)</source>
        <translation>
            <numerusform>编辑 %n 个 API Key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick a field to set it on all %n selected key(s); fields left unticked keep each key&apos;s own value.</source>
        <translation>
            <numerusform>勾选字段即可将其设置到所有 %n 个选中的密钥；未勾选的字段保留各密钥自己的值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n key(s)</source>
        <translation>
            <numerusform>应用到 %n 个密钥(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>Section list entry with errors: %1 is the section&apos;s name.</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Create %1 keys named %2_1 … %2_%1</source>
        <translation>创建 %1 个密钥，命名为 %2_1 … %2_%1</translation>
    </message>
    <message>
        <source>Create the key “%1”</source>
        <translation>创建密钥“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A change line: %1 field, %2 new value.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A change line: %1 field, %2 old value, %3 new value.</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Change %n key(s)</source>
        <translation>
            <numerusform>修改 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Batch edit change line: %1 field, %2 the value every selected key gets.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Tags: add %1</source>
        <translation>标签：添加 %1</translation>
    </message>
    <message>
        <source>Tags: remove %1</source>
        <translation>标签：移除 %1</translation>
    </message>
    <message>
        <source>Tags: replace with %1</source>
        <translation>标签：替换为 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention (marked in red); nothing was written.</source>
        <translation>
            <numerusform>%n 个字段需要注意（红色标记）；未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected; nothing was written.</source>
        <translation>未连接；未写入任何内容。</translation>
    </message>
    <message>
        <source>Creating keys needs the service&apos;s ENCRYPTION_KEY (the stored value is a hash of the key and that secret). Set it in the connection profile; nothing was written.</source>
        <translation>创建密钥需要服务的 ENCRYPTION_KEY（存储的值是密钥与该机密的哈希）。请在连接配置中设置；未写入任何内容。</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was written.</source>
        <translation>未确认；未写入任何内容。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <source>Tick at least one field to change; nothing was written.</source>
        <translation>请至少勾选一个要修改的字段；未写入任何内容。</translation>
    </message>
    <message>
        <source>Change reverted</source>
        <translation>修改已被还原</translation>
    </message>
    <message>
        <source>The connection failed after the change was sent, so it may or may not have been written. Reload the key list to see. (%1)</source>
        <translation>修改已发送后连接失败，因此它可能已写入，也可能未写入。请重新加载密钥列表查看。（%1）</translation>
    </message>
    <message>
        <source>The change could not be written.</source>
        <translation>无法写入修改。</translation>
    </message>
    <message>
        <source>Nothing was written. The key was changed by someone else; review the fields and save again, or cancel.</source>
        <translation>未写入任何内容。该密钥已被他人修改；请检查各字段后再次保存，或取消。</translation>
    </message>
    <message>
        <source>Activate “%1” now</source>
        <extracomment>Confirmation line for manual activation of an API key; %1 is its name.</extracomment>
        <translation>立即激活“%1”</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>正在激活…</translation>
    </message>
    <message>
        <source>The key is activated.</source>
        <translation>密钥已激活。</translation>
    </message>
    <message numerus="yes">
        <source>Renew “%1” by %n day(s)</source>
        <extracomment>Confirmation line for renewing an API key; %1 its name, %n days.</extracomment>
        <translation>
            <numerusform>将“%1”续期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>正在续期…</translation>
    </message>
    <message>
        <source>The key is renewed.</source>
        <translation>密钥已续期。</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorExpiryPage</name>
    <message>
        <source>Never expires</source>
        <extracomment>Expiry choice: never, or pick a date and time.</extracomment>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Custom date and time</source>
        <translation>自定义日期和时间</translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>Unit of the activation period (first-use activation)</extracomment>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>Renew: extend the expiry by a period, e.g. &quot;by 30 days&quot;</extracomment>
        <translation>延长 %1</translation>
    </message>
    <message>
        <source>Activation on first use suits keys handed out in advance: the period starts with the key&apos;s first request (or with “Activate now”).</source>
        <translation>首次使用激活适合预先分发的密钥：有效期从密钥的第一个请求（或“立即激活”）开始计算。</translation>
    </message>
    <message>
        <source>Expiry</source>
        <extracomment>Editor section: when the API key expires, or activation on first use.</extracomment>
        <translation>过期</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>180 days</source>
        <translation>180 天</translation>
    </message>
    <message>
        <source>365 days</source>
        <translation>365 天</translation>
    </message>
    <message>
        <source>The key never expires.</source>
        <translation>该密钥永不过期。</translation>
    </message>
    <message>
        <source>This date is in the past: the key will be refused as expired.</source>
        <translation>该日期已经过去：密钥会因过期而被拒绝。</translation>
    </message>
    <message>
        <source>The key expires on %1.</source>
        <translation>该密钥将于 %1 过期。</translation>
    </message>
    <message numerus="yes">
        <source>The key activates on its first request and expires %n hour(s) later.</source>
        <translation>
            <numerusform>该密钥在首次请求时激活，%n 小时后过期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key activates on its first request and expires %n day(s) later.</source>
        <translation>
            <numerusform>该密钥在首次请求时激活，%n 天后过期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not activated yet: runs for %n hour(s) from its first use.</source>
        <extracomment>Activation state of an API key that has never been used.</extracomment>
        <translation>
            <numerusform>尚未激活：从首次使用起有效 %n 小时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not activated yet: runs for %n day(s) from its first use.</source>
        <translation>
            <numerusform>尚未激活：从首次使用起有效 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Activated at %1.</source>
        <translation>已于 %1 激活。</translation>
    </message>
    <message>
        <source>Expired at %1.</source>
        <translation>已于 %1 过期。</translation>
    </message>
    <message>
        <source>Expires at %1.</source>
        <translation>将于 %1 过期。</translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>永不过期。</translation>
    </message>
    <message>
        <source>Starts the period now, counting in the key&apos;s own unit (hours or days).</source>
        <translation>立即开始有效期，按密钥自己的单位（小时或天）计算。</translation>
    </message>
    <message>
        <source>Only a key that waits for its first use can be activated.</source>
        <translation>只有等待首次使用的密钥才能激活。</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorIconPage</name>
    <message>
        <source>&amp;Icon:</source>
        <translation>图标(&amp;I)：</translation>
    </message>
    <message>
        <source>The icon helps to tell keys apart in the key list. The service itself stores it but does not show it.</source>
        <translation>图标有助于在密钥列表中区分各个密钥。服务本身会存储图标，但不会显示它。</translation>
    </message>
    <message>
        <source>Icon</source>
        <extracomment>Editor section: the API key&apos;s icon.</extracomment>
        <translation>图标</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorLimitsPage</name>
    <message>
        <source>1.0</source>
        <extracomment>Placeholder of a service rate: empty means the multiplier 1.0.</extracomment>
        <translation>1.0</translation>
    </message>
    <message>
        <source>Empty or 0 means no limit. Costs are in US dollars and may have decimals; the other limits are whole numbers. The window limits apply only when a rate window is set. The weekly Opus limit counts Opus models only.</source>
        <translation>留空或 0 表示不限制。费用以美元计，可以有小数；其他限制为整数。窗口限制只有在设置了速率窗口时才生效。每周 Opus 限制只统计 Opus 模型。</translation>
    </message>
    <message>
        <source>Limits</source>
        <extracomment>Editor section with the API key&apos;s usage limits.</extracomment>
        <translation>限制</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>A preset amount for a cost limit, in US dollars.</extracomment>
        <translation>$%1</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Preset for a cost limit: no limit.</extracomment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorRestrictionsPage</name>
    <message>
        <source>How the service applies this list: on the Claude routes (/api/v1/messages and the OpenAI-to-Claude route) the listed models are refused; on the Gemini-compatible route only the listed models are allowed; the /openai routes ignore the list. Model ids must match exactly.</source>
        <translation>服务应用此列表的方式：在 Claude 路由（/api/v1/messages 以及 OpenAI 转 Claude 路由）上拒绝列表中的模型；在 Gemini 兼容路由上只允许列表中的模型；/openai 路由忽略此列表。模型 ID 必须完全匹配。</translation>
    </message>
    <message>
        <source>Clients are recognised by their User-Agent. With the restriction on and no client ticked, the restriction has no effect.</source>
        <translation>客户端通过其 User-Agent 识别。开启限制但未勾选任何客户端时，限制不起作用。</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <extracomment>Editor section: model and client restrictions of the API key.</extracomment>
        <translation>限制条件</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Gemini CLI</source>
        <translation>Gemini CLI</translation>
    </message>
    <message>
        <source>Codex CLI</source>
        <translation>Codex CLI</translation>
    </message>
    <message>
        <source>Droid CLI</source>
        <translation>Droid CLI</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyFilterBar</name>
    <message>
        <source>Search name, description, id, owner, tag — or paste an API key</source>
        <translation>搜索名称、描述、ID、所有者、标签——或粘贴 API Key</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Only keys with this tag</source>
        <translation>仅显示带有此标签的密钥</translation>
    </message>
    <message>
        <source>Only keys that used this model</source>
        <translation>仅显示使用过此模型的密钥</translation>
    </message>
    <message>
        <source>Only keys of this owner</source>
        <translation>仅显示此所有者的密钥</translation>
    </message>
    <message>
        <source>Only keys bound to this account</source>
        <translation>仅显示绑定到此账户的密钥</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有所有者</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <source>The period the cost, token and request columns cover</source>
        <extracomment>The period (today, last 7 days, ...) of the cost, token and request columns</extracomment>
        <translation>费用、Token 和请求列所涵盖的时间段</translation>
    </message>
    <message>
        <source>Admin (no user)</source>
        <translation>管理员（非用户）</translation>
    </message>
    <message>
        <source>Shared pool (no binding)</source>
        <extracomment>The keys that are bound to no account and use the shared pool of accounts</extracomment>
        <translation>共享池（不绑定）</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Bound accounts</source>
        <translation>绑定账户</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <extracomment>Column header: cost over a time range, %1 = &quot;Today&quot;, &quot;Last 7 days&quot;, ...</extracomment>
        <translation>费用（%1）</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最后使用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>∞ no limit</source>
        <translation>∞ 不限制</translation>
    </message>
    <message>
        <source>window %1 left</source>
        <extracomment>Time left in the running rate-limit window, e.g. &quot;window 0:42 left&quot;</extracomment>
        <translation>窗口剩余 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The tightest limit: %1 = its name, %2 = &quot;current / limit&quot;
----------
One bound account: %1 = platform, %2 = account name</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>从未使用</translation>
    </message>
    <message numerus="yes">
        <source>not activated (%n hour(s))</source>
        <extracomment>Activation mode: the key expires %n hours after its first use</extracomment>
        <translation>
            <numerusform>未激活（%n 小时）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not activated (%n day(s))</source>
        <extracomment>Activation mode: the key expires %n days after its first use</extracomment>
        <translation>
            <numerusform>未激活（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>The key never expires</extracomment>
        <translation>永不</translation>
    </message>
    <message>
        <source>expired %1</source>
        <extracomment>%1 = the date the key expired</extracomment>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>所有者：%1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) hold malformed values.</source>
        <translation>
            <numerusform>%n 个字段的值格式错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Expired at %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>%1
Cost: $%2
Requests: %3
Tokens: %4</source>
        <extracomment>%1 = time range, %2 = cost, %3 = requests, %4 = tokens</extracomment>
        <translation>%1
费用：$%2
请求数：%3
Token 数：%4</translation>
    </message>
    <message>
        <source>No limits are set.</source>
        <translation>未设置任何限制。</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>(not checked: the token limit takes precedence)</source>
        <translation>（未检查：Token 限制优先）</translation>
    </message>
    <message>
        <source>Rate window: ends at %1, %2 left</source>
        <translation>速率窗口：于 %1 结束，剩余 %2</translation>
    </message>
    <message>
        <source>Rate window: not started</source>
        <translation>速率窗口：未开始</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>由 %1 提供服务</translation>
    </message>
    <message>
        <source>Expires after its first use</source>
        <translation>首次使用后开始计算过期</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>group %1</source>
        <extracomment>%1 = platform such as Claude, %2 = name of an account group</extracomment>
        <translation>账户组 %1</translation>
    </message>
    <message>
        <source>⚠ %1 (account missing)</source>
        <extracomment>%1 = account id or name of a bound account that no longer exists</extracomment>
        <translation>⚠ %1（账户不存在）</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <extracomment>The key has no bound account and uses the shared pool of accounts</extracomment>
        <translation>共享池</translation>
    </message>
    <message>
        <source>No bound account: requests use the shared pool of accounts.</source>
        <translation>未绑定账户：请求使用共享账户池。</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>The account that served the last request has been deleted</extracomment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The account that served the last request: %1 = account name, %2 = account type</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Daily cost</source>
        <translation>每日费用</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Weekly Opus cost</source>
        <translation>每周 Opus 费用</translation>
    </message>
    <message numerus="yes">
        <source>Requests per %n-min window</source>
        <extracomment>Requests allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>每 %n 分钟窗口的请求数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tokens per %n-min window</source>
        <extracomment>Tokens allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>每 %n 分钟窗口的 Token 数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost per %n-min window</source>
        <extracomment>Cost allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>每 %n 分钟窗口的费用</numerusform>
        </translation>
    </message>
    <message>
        <source>Concurrency</source>
        <extracomment>Requests running at the same time</extracomment>
        <translation>并发</translation>
    </message>
</context>
<context>
    <name>rka::ui::LanguageMenu</name>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知语言“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>The menu that switches the interface language</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default (%1)</source>
        <extracomment>Follow the language of the operating system</extracomment>
        <translation>跟随系统(&amp;S)（%1）</translation>
    </message>
</context>
<context>
    <name>rka::ui::LimitBar</name>
    <message>
        <source>%1 (no limit)</source>
        <extracomment>A usage figure for which no limit is set; %1 is the figure.</extracomment>
        <translation>%1（不限制）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>Usage against a limit: %1 used, %2 the limit, %3 the percentage.</extracomment>
        <translation>%1 / %2（%3）</translation>
    </message>
</context>
<context>
    <name>rka::ui::LimitRankModel</name>
    <message>
        <source>(not enforced)</source>
        <translation>（未生效）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A share in per cent</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>An API key</extracomment>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Limit</source>
        <extracomment>The key&apos;s tightest limit and its use</extracomment>
        <translation>限制</translation>
    </message>
    <message>
        <source>Used</source>
        <extracomment>How much of the limit is used, in per cent</extracomment>
        <translation>已用</translation>
    </message>
</context>
<context>
    <name>rka::ui::LogsWindow</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Command log</source>
        <extracomment>The log of Redis commands this program sent</extracomment>
        <translation>命令日志</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>The log of every write made with this program</extracomment>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Only command names and keys are logged, never values or passwords.</source>
        <translation>只记录命令名称和键名，从不记录值或密码。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 commands • %2 round trips • %3 read • %4 written</source>
        <extracomment>Command log totals: %1 commands, %2 round trips, %3 bytes read, %4 bytes written</extracomment>
        <translation>%1 条命令 • %2 次往返 • 读取 %3 • 写入 %4</translation>
    </message>
    <message>
        <source>No audit log</source>
        <translation>无审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of profile “%1”, newest first, from %2</source>
        <extracomment>%1 how many entries, %2 the profile, %3 the file</extracomment>
        <translation>
            <numerusform>配置“%1”的 %n 条记录，最新的在前，来自 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
</context>
<context>
    <name>rka::ui::MainWindow</name>
    <message>
        <source>Keys</source>
        <extracomment>The tab with the table of API keys</extracomment>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Relay Key Admin</source>
        <translation>Relay Key Admin</translation>
    </message>
    <message>
        <source>Add a profile for the Redis of your claude-relay-service deployment, or pick one from the Profile menu.</source>
        <translation>为您的 claude-relay-service 部署的 Redis 添加一个配置，或从“配置”菜单中选择一个。</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>添加配置…</translation>
    </message>
    <message>
        <source>Quick connect…</source>
        <translation>快速连接…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>The recent requests made with the selected API key</extracomment>
        <translation>请求记录</translation>
    </message>
    <message>
        <source>Keys in the trash no longer work. Restore brings a key back (enabled); deleting permanently removes the key and all its usage data.</source>
        <translation>回收站中的密钥已不可用。“恢复”会恢复密钥（恢复后为启用状态）；“永久删除”会删除密钥及其所有用量数据。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <extracomment>Restore the selected API keys from the trash</extracomment>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Delete &amp;permanently…</source>
        <extracomment>Purge: delete the selected API keys and their usage data for good</extracomment>
        <translation>永久删除(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Select all &amp;matching</source>
        <translation>选择所有匹配项(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation>移除标签(&amp;G)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <extracomment>Soft delete: the selected API keys stop working and can be restored from the trash</extracomment>
        <translation>移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;generate key…</source>
        <extracomment>Give the selected API key a new secret (the old plaintext key stops working)</extracomment>
        <translation>重新生成密钥(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <extracomment>Copy the id of the selected API key (not its secret)</extracomment>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <extracomment>Create a new API key</extracomment>
        <translation>新建密钥(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>编辑密钥(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Batch create…</source>
        <translation>批量创建(&amp;B)…</translation>
    </message>
    <message>
        <source>Edit &amp;selected keys…</source>
        <translation>编辑所选密钥(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <translation>健康检查(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>添加配置(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>编辑配置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quick connect…</source>
        <translation>快速连接(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <extracomment>Menu: connection profiles (a Redis of a claude-relay-service deployment)</extracomment>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <extracomment>Menu: API keys</extracomment>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Relay Key Admin</source>
        <translation>关于 Relay Key Admin(&amp;A)</translation>
    </message>
    <message>
        <source>About Relay Key Admin</source>
        <translation>关于 Relay Key Admin</translation>
    </message>
    <message>
        <source>Relay Key Admin %1
Manages claude-relay-service API keys directly in the service&apos;s Redis.</source>
        <translation>Relay Key Admin %1
直接在 claude-relay-service 的 Redis 中管理其 API Key。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting: %1</source>
        <translation>连接已断开，正在重新连接：%1</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>正在加载密钥…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Loading the keys failed: %1</source>
        <translation>加载密钥失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n key(s) — data model %1</source>
        <translation>
            <numerusform>已加载 %n 个密钥 — 数据模型 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>No key matches this API key. It is unknown, was deleted or regenerated, or the profile&apos;s ENCRYPTION_KEY is not the service&apos;s.</source>
        <translation>没有与此 API Key 匹配的密钥。它可能未知、已被删除或重新生成，或者配置中的 ENCRYPTION_KEY 与服务的不一致。</translation>
    </message>
    <message>
        <source>This API key belongs to %1.</source>
        <translation>此 API Key 属于 %1。</translation>
    </message>
    <message>
        <source>%1 (%2) — Relay Key Admin</source>
        <translation>%1（%2）— Relay Key Admin</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[只读]</translation>
    </message>
    <message>
        <source>[production]</source>
        <translation>[生产环境]</translation>
    </message>
    <message>
        <source>%1 shown of %2 keys, %3 selected; %4 in the trash</source>
        <translation>显示 %1 个，共 %2 个密钥，已选 %3 个；回收站中 %4 个</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <extracomment>The tab with the deleted API keys, which can be restored or deleted permanently</extracomment>
        <translation>回收站（%1）</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: done (%n key(s)).</source>
        <translation>
            <numerusform>%1：完成（%n 个密钥）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable keys</source>
        <translation>禁用密钥</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n key(s)? Every request with them is refused until they are enabled again.</source>
        <translation>
            <numerusform>禁用 %n 个密钥？在重新启用之前，使用它们的所有请求都会被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable keys</source>
        <translation>启用密钥</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n key(s):</source>
        <translation>
            <numerusform>要添加到 %n 个密钥的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>add tag &quot;%1&quot;</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>The selected keys have no tags.</source>
        <translation>所选密钥没有标签。</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>要移除的标签：</translation>
    </message>
    <message>
        <source>remove tag &quot;%1&quot;</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message numerus="yes">
        <source>Move %n key(s) to the trash? They stop working at once; you can restore them from the trash.</source>
        <translation>
            <numerusform>将 %n 个密钥移到回收站？它们会立即失效；您可以从回收站中恢复它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Regenerate key</source>
        <translation>重新生成密钥</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new secret? The current one stops working at once; every client using it needs the new one.</source>
        <translation>为“%1”生成新的密钥值？当前的值会立即失效；所有使用它的客户端都需要换用新值。</translation>
    </message>
    <message>
        <source>%1 — new secret; the old one stops working</source>
        <translation>%1 — 新密钥值；旧值将失效</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>已复制 %n 个 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore keys</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>restore (enabled)</source>
        <translation>恢复（启用）</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s) permanently? The keys, their usage and cost history, their request records and limits are removed from Redis. This cannot be undone.</source>
        <translation>
            <numerusform>永久删除 %n 个密钥？这些密钥及其用量和费用历史、请求记录和限制都将从 Redis 中删除。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n key(s) in the trash permanently, with their usage and cost history? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除回收站中的全部 %n 个密钥及其用量和费用历史？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding what %n key(s) leave behind…</source>
        <translation>
            <numerusform>正在查找 %n 个密钥遗留的数据…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>未删除任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… 还有 %n 项（见详细信息）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n key(s).</source>
        <translation>
            <numerusform>已保存 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>Redis password (empty if none):</source>
        <translation>Redis 密码（没有则留空）：</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The service&apos;s ENCRYPTION_KEY (needed to create keys and to find a key from a plaintext key; may stay empty):</source>
        <translation>服务的 ENCRYPTION_KEY（创建密钥以及根据明文密钥查找密钥时需要；可以留空）：</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <source>Secrets not saved</source>
        <translation>机密信息未保存</translation>
    </message>
    <message>
        <source>The secrets could not be stored: %1 You will be asked for them when you connect.</source>
        <translation>无法保存机密信息：%1 连接时会要求您输入。</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>编辑配置</translation>
    </message>
    <message>
        <source>Quick connect</source>
        <translation>快速连接</translation>
    </message>
    <message>
        <source>%1 is hidden by the filters of the key list.</source>
        <translation>%1 被密钥列表的筛选条件隐藏了。</translation>
    </message>
    <message>
        <source>Export key list as &amp;CSV…</source>
        <translation>将密钥列表导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Export key list as &amp;JSON…</source>
        <translation>将密钥列表导出为 &amp;JSON…</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>The tab with a key&apos;s charts (cost, requests, tokens, models)</extracomment>
        <translation>图表</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>The tab with charts across all keys</extracomment>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>No key list is loaded.</source>
        <translation>尚未加载密钥列表。</translation>
    </message>
    <message>
        <source>Export key list</source>
        <translation>导出密钥列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>The key list could not be written to %1: %2</source>
        <translation>无法将密钥列表写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) exported to %1. Plaintext API keys are never exported: they are not stored anywhere.</source>
        <translation>
            <numerusform>已将 %n 个密钥导出到 %1。明文 API Key 从不导出：它们不保存在任何地方。</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is read-only; nothing was written.</source>
        <translation>此配置为只读；未写入任何内容。</translation>
    </message>
    <message>
        <source>Secrets not removed</source>
        <translation>机密信息未删除</translation>
    </message>
    <message>
        <source>The profile&apos;s old secrets could not be removed: %1</source>
        <translation>无法删除该配置的旧机密信息：%1</translation>
    </message>
    <message>
        <source>[demo]</source>
        <extracomment>Window title flag of demo mode&apos;s profile (relay-key-admin --demo).</extracomment>
        <translation>[演示]</translation>
    </message>
    <message numerus="yes">
        <source>In all %n Redis key(s) are deleted; the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed with them.</source>
        <translation>
            <numerusform>共删除 %n 个 Redis 键；这些密钥在 apikey:hash_map、费用排名以及（如有）密钥索引中的条目也会一并移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) listed; looking through the rest of the database for keys no index names…</source>
        <translation>
            <numerusform>已列出 %n 个密钥；正在检查数据库的其余部分，查找未被索引收录的密钥…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::ModelListEditor</name>
    <message>
        <source>Model id, or several separated by commas, spaces or new lines</source>
        <translation>模型 ID，多个可用逗号、空格或换行分隔</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>粘贴列表(&amp;P)</translation>
    </message>
    <message>
        <source>Adds every model id on the clipboard</source>
        <translation>添加剪贴板中的所有模型 ID</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所选(&amp;R)</translation>
    </message>
</context>
<context>
    <name>rka::ui::ModelUsageModel</name>
    <message>
        <source>This data model (1.1.235) stores no cost per model, only tokens.</source>
        <translation>此数据模型（1.1.235）不存储按模型的费用，只存储 Token 数。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A share in per cent</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>The AI model that served requests</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>Input tokens</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <extracomment>Output tokens</extracomment>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cache create</source>
        <extracomment>Tokens written to the prompt cache</extracomment>
        <translation>缓存创建</translation>
    </message>
    <message>
        <source>Cache read</source>
        <extracomment>Tokens read from the prompt cache</extracomment>
        <translation>缓存读取</translation>
    </message>
    <message>
        <source>Tokens</source>
        <extracomment>All tokens</extracomment>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>A model&apos;s share of all tokens, in per cent</extracomment>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>The model&apos;s share of all tokens</source>
        <translation>该模型占全部 Token 的比例</translation>
    </message>
    <message>
        <source>Rated cost, as the service counts it against limits (1.1.314 and later)</source>
        <translation>计费费用，即服务在检查限制时计入的费用（1.1.314 及以后）</translation>
    </message>
</context>
<context>
    <name>rka::ui::OneTimeKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>新建 API Key</translation>
    </message>
    <message numerus="yes">
        <source>%n new API keys</source>
        <translation>
            <numerusform>%n 个新 API Key</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy this key now. It is shown only once: the service stores only a hash of it, so nobody can show it again. If it is lost, regenerate the key.</source>
        <translation>请立即复制此密钥。它只显示一次：服务只存储它的哈希，因此任何人都无法再次显示它。如果丢失，请重新生成密钥。</translation>
    </message>
    <message>
        <source>Copy these keys now. They are shown only once: the service stores only hashes of them, so nobody can show them again.</source>
        <translation>请立即复制这些密钥。它们只显示一次：服务只存储它们的哈希，因此任何人都无法再次显示它们。</translation>
    </message>
    <message>
        <source>For Claude Code:</source>
        <translation>用于 Claude Code：</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>复制密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;environment</source>
        <translation>复制为环境变量(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>保存为文本文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the keys</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>我已保存</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>已复制。剪贴板将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A copied key is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>复制的密钥会在 %n 秒后从剪贴板中清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>A copied key stays on the clipboard.</source>
        <translation>复制的密钥会一直保留在剪贴板中。</translation>
    </message>
</context>
<context>
    <name>rka::ui::PillDelegate</name>
    <message>
        <source>no tags</source>
        <extracomment>Shown in the tags column of a key without tags</extracomment>
        <translation>无标签</translation>
    </message>
</context>
<context>
    <name>rka::ui::ProductionConfirmDialog</name>
    <message>
        <source>Confirm a Change on Production</source>
        <translation>确认对生产环境的修改</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the production profile &lt;b&gt;%2&lt;/b&gt;.</source>
        <extracomment>%1 the action (&quot;Delete 3 keys&quot;), %2 the profile name.</extracomment>
        <translation>在生产环境配置 &lt;b&gt;%2&lt;/b&gt; 上&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Exactly this will change:</source>
        <translation>以下内容将被修改：</translation>
    </message>
    <message>
        <source>Type the profile name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <extracomment>%1 the profile name the user must type.</extracomment>
        <translation>输入配置名称 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>&amp;Apply to production</source>
        <extracomment>Confirms a write on a production profile.</extracomment>
        <translation>应用到生产环境(&amp;A)</translation>
    </message>
</context>
<context>
    <name>rka::ui::ProfileBanner</name>
    <message>
        <source>PRODUCTION</source>
        <extracomment>Badges in the profile banner: every write must be confirmed by typing the profile name.</extracomment>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <extracomment>Badges in the profile banner: the profile refuses every write.</extracomment>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <extracomment>Badges in the profile banner: the profile may write.</extracomment>
        <translation>读写</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) [%4]</source>
        <extracomment>Window title: application, profile name, Redis address, flags.</extracomment>
        <translation>%1 — %2（%3）[%4]</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <extracomment>Window title when no profile is open.</extracomment>
        <translation>%1 — 未连接</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>未打开任何配置</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <extracomment>%1 profile name, %2 &quot;host:port/db&quot;.</extracomment>
        <translation>配置：&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Production: every write asks you to type the profile name first.</source>
        <translation>生产环境：每次写入前都会要求您输入配置名称。</translation>
    </message>
    <message>
        <source>Read-only: no write command is ever sent.</source>
        <translation>只读：从不发送任何写命令。</translation>
    </message>
    <message>
        <source>Read-write: changes are written to this Redis.</source>
        <translation>读写：修改会写入此 Redis。</translation>
    </message>
    <message>
        <source>DEMO</source>
        <extracomment>Badges in the profile banner: demo mode (relay-key-admin --demo), made-up data.</extracomment>
        <translation>演示</translation>
    </message>
    <message>
        <source>made-up demo data in a private redis-server, deleted when the program exits</source>
        <extracomment>Appended to the profile line in demo mode.</extracomment>
        <translation>私有 redis-server 中的虚构演示数据，程序退出时删除</translation>
    </message>
</context>
<context>
    <name>rka::ui::ProfileDialog</name>
    <message>
        <source>New Connection Profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button next to a password field: shows the password, or hides it again.</extracomment>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>选择客户端证书</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>选择客户端私钥</translation>
    </message>
    <message>
        <source>1.1.314 (current; key index)</source>
        <extracomment>The service release whose data rules are used for an empty database.</extracomment>
        <translation>1.1.314（当前；有密钥索引）</translation>
    </message>
    <message>
        <source>1.1.235 (older; no key index)</source>
        <translation>1.1.235（较旧；无密钥索引）</translation>
    </message>
    <message>
        <source>The secrets are written in plain text to %1, readable only by you (mode 0600). Anyone who can read your files or their backups can read them. Use it only when no keychain is available and typing the secrets each time is not practical.</source>
        <translation>机密信息会以明文写入 %1，只有您可以读取（权限 0600）。任何能读取您的文件或其备份的人都能读取它们。仅在没有可用的密钥环、且每次输入机密信息不现实时使用。</translation>
    </message>
    <message>
        <source>Edit Profile %1</source>
        <translation>编辑配置 %1</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <source>The system keychain is available.</source>
        <translation>系统密钥环可用。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个配置名为“%1”。</translation>
    </message>
    <message>
        <source>Enter the host name or address of the Redis server.</source>
        <translation>请输入 Redis 服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>The host name contains a space.</source>
        <translation>主机名包含空格。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist or cannot be read.</source>
        <extracomment>%1 is &quot;CA file&quot;, &quot;client certificate&quot; or &quot;client key&quot;; %2 a file path.</extracomment>
        <translation>%1 %2 不存在或无法读取。</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key needs its certificate.</source>
        <translation>客户端证书需要对应的私钥，私钥也需要对应的证书。</translation>
    </message>
    <message>
        <source>Enter the service&apos;s API_KEY_PREFIX (its default is cr_); keys are made and found with it.</source>
        <translation>请输入服务的 API_KEY_PREFIX（默认为 cr_）；创建和查找密钥都要用到它。</translation>
    </message>
    <message>
        <source>TIMEZONE_OFFSET must be a whole number of hours from -12 to 14.</source>
        <translation>TIMEZONE_OFFSET 必须是 -12 到 14 之间的整数小时。</translation>
    </message>
    <message>
        <source>The service reads TIMEZONE_OFFSET=0 as 8, so UTC cannot be configured. Enter the offset the service really uses (8 when it is not set).</source>
        <translation>服务会将 TIMEZONE_OFFSET=0 读作 8，因此无法配置为 UTC。请输入服务实际使用的偏移（未设置时为 8）。</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address as http://… or https://…, or leave it empty.</source>
        <translation>请以 http://… 或 https://… 的形式输入服务地址，或留空。</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>请更正标为红色的字段。</translation>
    </message>
    <message>
        <source>Import the service&apos;s .env file</source>
        <translation>导入服务的 .env 文件</translation>
    </message>
    <message>
        <source>Environment files (.env *.env);;All files (*)</source>
        <translation>环境文件 (.env *.env);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <extracomment>A secret&apos;s variable name in the list of imported settings; its value is not shown.</extracomment>
        <translation>%1（已隐藏）</translation>
    </message>
    <message>
        <source>TIMEZONE_OFFSET &quot;%1&quot; is read by the service as %2.</source>
        <translation>服务会将 TIMEZONE_OFFSET“%1”读作 %2。</translation>
    </message>
    <message>
        <source>%1 names none of the service&apos;s settings (REDIS_HOST, REDIS_PORT, REDIS_PASSWORD, ENCRYPTION_KEY, API_KEY_PREFIX, TIMEZONE_OFFSET, …).</source>
        <translation>%1 中没有服务的任何设置（REDIS_HOST、REDIS_PORT、REDIS_PASSWORD、ENCRYPTION_KEY、API_KEY_PREFIX、TIMEZONE_OFFSET 等）。</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>已从 %1 导入：%2。</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Connected to %1: Redis %2, database %3.</source>
        <translation>已连接到 %1：Redis %2，数据库 %3。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（版本未知）</translation>
    </message>
    <message>
        <source>Accept this certificate?</source>
        <translation>接受此证书？</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified:
%1

SHA-256 fingerprint:
%2

Accept exactly this certificate for this profile? Compare the fingerprint with the server&apos;s before you do. A different certificate will be refused again.</source>
        <translation>无法验证服务器证书：
%1

SHA-256 指纹：
%2

是否为此配置接受这一证书？接受前请将指纹与服务器的指纹比对。不同的证书仍会被拒绝。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No certificate was accepted explicitly.</extracomment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>rka::ui::TagEditor</name>
    <message>
        <source>Remove the tag “%1”</source>
        <extracomment>%1 is a tag name.</extracomment>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; existing tags are suggested</source>
        <translation>输入标签并按 Enter；会提示已有的标签</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n key(s))</source>
        <extracomment>Completion entry for a tag: %1 is the tag, %n the number of API keys carrying it.</extracomment>
        <translation>
            <numerusform>%1（%n 个密钥）</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag “%1” is already added.</source>
        <translation>标签“%1”已添加。</translation>
    </message>
    <message>
        <source>A key can have at most %1 tags.</source>
        <translation>一个密钥最多可以有 %1 个标签。</translation>
    </message>
</context>
<context>
    <name>rka::ui::TagManagerDialog</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>Column: number of API keys carrying the tag.</extracomment>
        <translation>密钥数</translation>
    </message>
    <message>
        <source>In the trash</source>
        <extracomment>Column: number of deleted API keys carrying the tag.</extracomment>
        <translation>回收站中</translation>
    </message>
    <message>
        <source>This database is open read-only: %1</source>
        <translation>此数据库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A key in a confirmation list: %1 its name, %2 its id.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… 还有 %n 项（见详细信息）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <extracomment>%1 old tag, %2 new tag, %n number of API keys.</extracomment>
        <translation>重命名标签</translation>
    </message>
    <message numerus="yes">
        <source>Rename the tag “%1” to “%2” on %n key(s)?</source>
        <translation>
            <numerusform>将 %n 个密钥上的标签“%1”重命名为“%2”？</numerusform>
        </translation>
    </message>
    <message>
        <source>rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>正在重命名…</translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n key(s).</source>
        <translation>
            <numerusform>已将 %n 个密钥上的“%1”重命名为“%2”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n key(s)? The keys themselves stay.</source>
        <translation>
            <numerusform>从 %n 个密钥中移除标签“%1”？密钥本身会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>remove tag &quot;%1&quot;</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n key(s).</source>
        <translation>
            <numerusform>已从 %n 个密钥中移除“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::TrashModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除者</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最后使用</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Who moved a key to the trash: &quot;alice (admin)&quot;, &quot;bob (user)&quot;, &quot;system&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未使用</translation>
    </message>
</context>
<context>
    <name>rka::ui::UsageRecordDialog</name>
    <message>
        <source>Request details: %1</source>
        <extracomment>Window title of the usage record detail; %1 is the model name</extracomment>
        <translation>请求详情：%1</translation>
    </message>
    <message>
        <source>%1 • %2 • %3 • %4 tokens • %5</source>
        <translation>%1 • %2 • %3 • %4 个 Token • %5</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>无账户</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>复制所选</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>复制 JSON</translation>
    </message>
</context>
<context>
    <name>rka::ui::UsageRecordModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <extracomment>A usage record&apos;s account that no longer exists; %1 is the stored id</extracomment>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A request&apos;s duration in milliseconds</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>No account with this id exists any more.</source>
        <translation>已不存在具有此 ID 的账户。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>Column: input tokens</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <extracomment>Column: output tokens</extracomment>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cache create</source>
        <translation>缓存创建</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Column: total tokens</extracomment>
        <translation>总计</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column: the HTTP status code of the request</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
</context>
<context>
    <name>rka::ui::UsageRecordsWidget</name>
    <message>
        <source>The service keeps only the newest %1 records of a key, for 90 days.</source>
        <translation>服务只保留每个密钥最新的 %1 条记录，保留 90 天。</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Filter: only records from this time on</extracomment>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Filter: only records up to this time</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Details…</source>
        <extracomment>Shows every field of the selected request record</extracomment>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>未选择密钥</translation>
    </message>
    <message>
        <source>Could not read the usage records: %1</source>
        <extracomment>%1 is the reason, e.g. &quot;the connection was lost&quot;</extracomment>
        <translation>无法读取用量记录：%1</translation>
    </message>
    <message>
        <source>No usage records</source>
        <translation>无用量记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable entry(s) skipped)</source>
        <extracomment>Records in the list that are not valid JSON; the service skips them too</extracomment>
        <translation>
            <numerusform>（跳过了 %n 条无法读取的条目）</numerusform>
        </translation>
    </message>
    <message>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有账户</translation>
    </message>
    <message>
        <source>%1 of %2 shown • %3 tokens • %4 • %5 per request</source>
        <extracomment>Summary of the shown usage records: %1 how many, %2 of how many, %3 tokens, %4 cost, %5 average cost</extracomment>
        <translation>显示 %1 条，共 %2 条 • %3 个 Token • %4 • 每次请求 %5</translation>
    </message>
    <message>
        <source>Export usage records</source>
        <translation>导出用量记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
</TS>
