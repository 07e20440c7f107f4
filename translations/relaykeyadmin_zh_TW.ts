<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>帳戶群組</translation>
    </message>
</context>
<context>
    <name>ApiKeyCodec</name>
    <message numerus="yes">
        <source>%1… (%n bytes)</source>
        <extracomment>%1 is the start of a long stored value, %n its full size in bytes.</extracomment>
        <translation>
            <numerusform>%1…（%n 位元組）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>無法開啟稽核日誌 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit log %1.</source>
        <translation>無法寫入稽核日誌 %1。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The key was changed by someone else</source>
        <translation>該金鑰已被他人修改</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Redis</source>
        <translation>連線到 Redis</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>default user</source>
        <translation>預設使用者</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>使用 &amp;TLS</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 檔案：</translation>
    </message>
    <message>
        <source>system authorities</source>
        <translation>系統憑證授權單位</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>選擇 CA 憑證（PEM）</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>用戶端憑證：</translation>
    </message>
    <message>
        <source>Choose the client certificate (PEM)</source>
        <translation>選擇用戶端憑證（PEM）</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>用戶端私鑰：</translation>
    </message>
    <message>
        <source>Choose the client&apos;s private key (PEM, unencrypted)</source>
        <translation>選擇用戶端的私鑰（PEM，未加密）</translation>
    </message>
    <message>
        <source>Server name:</source>
        <translation>伺服器名稱：</translation>
    </message>
    <message>
        <source>same as the host</source>
        <translation>與主機相同</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>驗證伺服器憑證</translation>
    </message>
    <message>
        <source>Without verification anyone between you and the server can read the password and the data.</source>
        <translation>不驗證憑證時，您與伺服器之間的任何人都能讀取密碼和資料。</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行為</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>連線超時：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Command timeout:</source>
        <translation>命令超時：</translation>
    </message>
    <message>
        <source>&amp;Read-only: never send a write command</source>
        <translation>唯讀(&amp;R)：從不傳送寫命令</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo key &quot;%1&quot; could not be written (%2): %3 %4</source>
        <translation>無法寫入演示金鑰「%1」（%2）：%3 %4</translation>
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
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Duration unit: minutes</extracomment>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Duration unit: seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>Time until a future instant, e.g. &quot;in 3 d 2 h&quot;</extracomment>
        <translation>%1後</translation>
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
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: not KEY=VALUE</source>
        <translation>第 %1 行：不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a variable name</source>
        <translation>第 %1 行：「%2」不是有效的變數名</translation>
    </message>
    <message>
        <source>line %1: the quote of %2 is not closed</source>
        <translation>第 %1 行：%2 的引號未閉合</translation>
    </message>
</context>
<context>
    <name>FieldEncoding</name>
    <message>
        <source>The value is not valid UTF-8 text.</source>
        <translation>該值不是有效的 UTF-8 文字。</translation>
    </message>
    <message>
        <source>The value is unusually long.</source>
        <translation>該值異常地長。</translation>
    </message>
    <message>
        <source>Expected &quot;true&quot; or &quot;false&quot;; the service reads anything else as false.</source>
        <extracomment>&quot;true&quot; and &quot;false&quot; are stored values; keep them untranslated.</extracomment>
        <translation>應為 &quot;true&quot; 或 &quot;false&quot;；其他任何值都會被服務讀作 false。</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>該值不是數字。</translation>
    </message>
    <message>
        <source>The value is not a whole number written with digits only.</source>
        <translation>該值不是僅由數字組成的整數。</translation>
    </message>
    <message>
        <source>The number is too large to be used exactly.</source>
        <translation>該數字過大，無法精確使用。</translation>
    </message>
    <message>
        <source>The value is not a valid ISO 8601 date and time.</source>
        <translation>該值不是有效的 ISO 8601 日期時間。</translation>
    </message>
    <message>
        <source>The value is not valid JSON.</source>
        <translation>該值不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The JSON value does not have the expected structure.</source>
        <translation>該 JSON 值的結構不符合預期。</translation>
    </message>
    <message>
        <source>The stored key hash is not 64 lowercase hexadecimal characters.</source>
        <translation>儲存的金鑰雜湊不是 64 位小寫十六進位制字元。</translation>
    </message>
</context>
<context>
    <name>HealthAnalyser</name>
    <message>
        <source>The key is marked deleted but also active, so it authenticates again%1. The service revives deleted keys when any update or a stale whole-hash write sets isActive (data model 16 items 1-2).</source>
        <translation>該金鑰已標記為刪除，但同時處於啟用狀態，因此它又能透過認證%1。當任何更新或過期的整雜湊寫入設定 isActive 時，服務會復活已刪除的金鑰（資料模型 16 第 1–2 項）。</translation>
    </message>
    <message>
        <source> once the service restarts and re-adds its hash map entry</source>
        <translation> （在服務重啟並重新新增其雜湊對映條目後）</translation>
    </message>
    <message>
        <source>Sets isActive to false, as a soft delete leaves it. To bring the key back, restore it instead.</source>
        <translation>將 isActive 設為 false，與軟刪除留下的狀態一致。若要恢復該金鑰，請改用「恢復」。</translation>
    </message>
    <message>
        <source>expiresAt holds &quot;%1&quot;, which is not a date. The service compares it as an invalid date, so the key never expires (data model 17.2).</source>
        <translation>expiresAt 的值為「%1」，不是日期。服務將其作為無效日期比較，因此該金鑰永不過期（資料模型 17.2）。</translation>
    </message>
    <message>
        <source>No automatic repair: only you know the intended date. Set the expiry in the key editor.</source>
        <translation>無自動修復：只有您知道預期的日期。請在金鑰編輯器中設定過期時間。</translation>
    </message>
    <message>
        <source>Fields whose stored value does not match the service&apos;s encoding: %1.</source>
        <translation>儲存值與服務編碼不符的欄位：%1。</translation>
    </message>
    <message>
        <source>No automatic repair: the intended values are unknown. Correct them in the key editor.</source>
        <translation>無自動修復：預期的值未知。請在金鑰編輯器中更正。</translation>
    </message>
    <message>
        <source>The key hash has no expiry time. Every save by the service re-arms a 365-day expiry; imports and interrupted saves leave none (data model 11.17, 16 item 3).</source>
        <translation>該金鑰雜湊沒有過期時間。服務每次儲存都會重新設定 365 天的過期時間；匯入和中斷的儲存則不會設定（資料模型 11.17、16 第 3 項）。</translation>
    </message>
    <message>
        <source>Sets the 365-day expiry the service&apos;s next save would set.</source>
        <translation>設定服務下次儲存時會設定的 365 天過期時間。</translation>
    </message>
    <message>
        <source>apikey:hash_map has no entry for this key&apos;s secret, so requests with the key are refused as &quot;API key not found&quot; although it looks usable.</source>
        <translation>apikey:hash_map 中沒有該金鑰的秘密值條目，因此使用該金鑰的請求會以「API key not found」被拒絕，儘管它看起來可用。</translation>
    </message>
    <message>
        <source>Adds the hash map entry that create and update write.</source>
        <translation>新增建立和更新時會寫入的雜湊對映條目。</translation>
    </message>
    <message>
        <source>The key&apos;s secret maps to another key (%1) in apikey:hash_map: two keys share one secret.</source>
        <translation>該金鑰的秘密值在 apikey:hash_map 中對映到另一個金鑰（%1）：兩個金鑰共用一個秘密值。</translation>
    </message>
    <message>
        <source>No automatic repair: decide which key owns the secret and regenerate the other.</source>
        <translation>無自動修復：請決定哪個金鑰擁有該秘密值，並重新產生另一個。</translation>
    </message>
    <message>
        <source>This key hash holds only apiKey and updatedAt. The service&apos;s regenerate creates such records for ids that do not exist (data model 11.14, B4); it has no name and cannot authenticate.</source>
        <translation>該金鑰雜湊只包含 apiKey 和 updatedAt。服務的重新產生會為不存在的 ID 建立這樣的記錄（資料模型 11.14，B4）；它沒有名稱，也無法透過認證。</translation>
    </message>
    <message>
        <source>Deletes the record and every map, ranking and index entry pointing at it.</source>
        <translation>刪除該記錄，以及指向它的所有對映、排名和索引條目。</translation>
    </message>
    <message>
        <source>permissions is stored as &quot;%1&quot;, the comma-joined form of 1.1.235&apos;s update bug. This release reads it as one unknown service, so the key can use no service at all (data model 5.2 b).</source>
        <translation>permissions 儲存為「%1」，即 1.1.235 更新缺陷產生的逗號拼接形式。此版本將其讀作一個未知服務，因此該金鑰無法使用任何服務（資料模型 5.2 b）。</translation>
    </message>
    <message>
        <source>permissions is stored as &quot;%1&quot;, the comma-joined form of 1.1.235&apos;s update bug. This release splits it when reading, but older releases would lock the key out (data model 5.2 b).</source>
        <translation>permissions 儲存為「%1」，即 1.1.235 更新缺陷產生的逗號拼接形式。此版本讀取時會將其拆分，但較舊的版本會鎖定該金鑰（資料模型 5.2 b）。</translation>
    </message>
    <message>
        <source>permissions is stored as the legacy text &quot;%1&quot;. The service still reads it (&quot;all&quot; = every service), but new data uses a JSON array (data model 5.2 b).</source>
        <translation>permissions 儲存為舊式文字「%1」。服務仍能讀取（&quot;all&quot; = 所有服務），但新資料使用 JSON 陣列（資料模型 5.2 b）。</translation>
    </message>
    <message>
        <source>Stores the same services as the JSON array %1.</source>
        <translation>以 JSON 陣列 %1 儲存相同的服務。</translation>
    </message>
    <message>
        <source>%1 hold(s) the text &quot;undefined&quot; or &quot;null&quot;, which 1.1.235&apos;s update writes when given no value (data model 11.6, B16). The service reads them as false.</source>
        <translation>%1 儲存了文字 &quot;undefined&quot; 或 &quot;null&quot;，這是 1.1.235 的更新在未提供值時寫入的（資料模型 11.6，B16）。服務將其讀作 false。</translation>
    </message>
    <message>
        <source>Stores the value the service already reads: false.</source>
        <translation>儲存服務已讀取到的值：false。</translation>
    </message>
    <message>
        <source>apikey:hash_map maps a secret to %1, which has no key hash (expired after 365 days unused, or hard-deleted). The service removes it lazily only when someone presents that secret (data model 6).</source>
        <translation>apikey:hash_map 將一個秘密值對映到 %1，但它沒有金鑰雜湊（365 天未使用後過期，或已被硬刪除）。服務只有在有人出示該秘密值時才會延遲刪除它（資料模型 6）。</translation>
    </message>
    <message>
        <source>apikey:hash_map still maps an old secret to this key, whose current secret is different: after a regenerate in 1.1.235 the old plaintext key keeps working (data model 6, B3).</source>
        <translation>apikey:hash_map 仍將一箇舊秘密值對映到該金鑰，而其當前秘密值已不同：在 1.1.235 中重新產生後，舊的明文金鑰仍然可用（資料模型 6，B3）。</translation>
    </message>
    <message>
        <source>apikey:hash_map still maps the secret of this deleted key. The key is refused only because isActive is false; 1.1.263+ re-adds such entries at every start-up, so this comes back until the key is permanently deleted (data model 18.5, B23).</source>
        <translation>apikey:hash_map 仍對映著這個已刪除金鑰的秘密值。該金鑰被拒絕只是因為 isActive 為 false；1.1.263+ 每次啟動都會重新新增此類條目，因此在永久刪除該金鑰之前它會一直出現（資料模型 18.5，B23）。</translation>
    </message>
    <message>
        <source>apikey:hash_map still maps the secret of this deleted key: 1.1.235&apos;s soft delete keeps it, so the key is refused only because isActive is false, and any update that sets isActive revives it (data model 6, B2).</source>
        <translation>apikey:hash_map 仍對映著這個已刪除金鑰的秘密值：1.1.235 的軟刪除會保留它，因此該金鑰被拒絕只是因為 isActive 為 false，任何設定 isActive 的更新都會使其復活（資料模型 6，B2）。</translation>
    </message>
    <message>
        <source>Removes the hash map entry, so that secret no longer resolves.</source>
        <translation>刪除該雜湊對映條目，使該秘密值不再能解析。</translation>
    </message>
    <message>
        <source>%1 is a reverse record written by restore. This release reads it only when apikey:hash_map lacks the secret, and then re-adds the map entry (data model 18.5).</source>
        <translation>%1 是恢復操作寫入的反向記錄。此版本僅在 apikey:hash_map 缺少該秘密值時讀取它，然後重新新增對映條目（資料模型 18.5）。</translation>
    </message>
    <message>
        <source>%1 is a reverse record written by 1.1.235&apos;s restore without an expiry; nothing in 1.1.235 reads it (data model 6).</source>
        <translation>%1 是 1.1.235 的恢復操作寫入的無過期時間的反向記錄；1.1.235 中沒有任何地方讀取它（資料模型 6）。</translation>
    </message>
    <message>
        <source>Deletes the reverse record; apikey:hash_map keeps authenticating the key.</source>
        <translation>刪除該反向記錄；apikey:hash_map 仍可對該金鑰進行認證。</translation>
    </message>
    <message>
        <source>%1 is a %2, not a hash. 1.1.235 reads every apikey:* key as a hash, so this one key makes its key list fail with WRONGTYPE: the tag list, the deleted list, clear-all, the expiry sweep and the user views break (data model 7, B14).</source>
        <translation>%1 是 %2，而不是雜湊。1.1.235 將所有 apikey:* 鍵都當作雜湊讀取，因此這一個鍵會使其金鑰清單以 WRONGTYPE 失敗：標籤清單、已刪除清單、全部清除、過期清理和使用者檢視都會出錯（資料模型 7，B14）。</translation>
    </message>
    <message>
        <source>Deletes this leftover of the 1.1.263+ key index; a later 1.1.263+ start rebuilds the index.</source>
        <translation>刪除 1.1.263+ 金鑰索引的這個殘留項；之後 1.1.263+ 啟動時會重建索引。</translation>
    </message>
    <message>
        <source>Moves the key out of apikey: to %1, keeping its content.</source>
        <translation>將該鍵移出 apikey:，改名為 %1，內容保持不變。</translation>
    </message>
    <message numerus="yes">
        <source>%n usage key(s) of %1, which has no key hash any more: the permanent delete leaves usage:{id} and usage:{id}:model:* behind (data model 14.8, B7).</source>
        <translation>
            <numerusform>%1 已沒有金鑰雜湊，但仍有 %n 個用量鍵：永久刪除會遺留 usage:{id} 和 usage:{id}:model:*（資料模型 14.8，B7）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes these usage keys; no other key reads them.</source>
        <translation>刪除這些用量鍵；沒有其他金鑰會讀取它們。</translation>
    </message>
    <message numerus="yes">
        <source>%1, which has no key hash any more, is still listed in %n usage index set(s); the 1.1.314 permanent delete leaves these memberships (data model 18.8, B7).</source>
        <translation>
            <numerusform>%1 已沒有金鑰雜湊，但仍列在 %n 個用量索引集合中；1.1.314 的永久刪除會遺留這些成員（資料模型 18.8，B7）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes the id from these sets. They also expire on their own within 32 days.</source>
        <translation>從這些集合中移除該 ID。它們也會在 32 天內自行過期。</translation>
    </message>
    <message numerus="yes">
        <source>%n usage index set(s) contain the member &quot;index&quot;, which is no key id or model: 1.1.314&apos;s start-up usage-index migration matches its own index keys.</source>
        <translation>
            <numerusform>%n 個用量索引集合包含成員 &quot;index&quot;，它既不是金鑰 ID 也不是模型：1.1.314 啟動時的用量索引遷移匹配到了它自己的索引鍵。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes the member &quot;index&quot;; the migration runs once, so it does not return.</source>
        <translation>移除成員 &quot;index&quot;；遷移只執行一次，因此它不會再出現。</translation>
    </message>
    <message>
        <source>%1 is ranked in %2 but has no key hash: hard delete does not touch the cost ranking, which keeps it until its next rebuild (data model 8).</source>
        <translation>%1 在 %2 中有排名，但沒有金鑰雜湊：硬刪除不會修改費用排名，排名會保留它直到下次重建（資料模型 8）。</translation>
    </message>
    <message>
        <source>Removes the id from the cost rankings.</source>
        <translation>從費用排名中移除該 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%n per-minute metrics hash(es) never expire: 1.1.235 sends EXPIRE with the argument NaN, which Redis rejects, so one hash per minute of traffic accumulates (data model 14.2, B13).</source>
        <translation>
            <numerusform>%n 個每分鐘指標雜湊永不過期：1.1.235 傳送引數為 NaN 的 EXPIRE，Redis 會拒絕，因此每分鐘的流量都會累積一個雜湊（資料模型 14.2，B13）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Gives each hash the 10-minute expiry that 1.1.314 uses.</source>
        <translation>為每個雜湊設定 1.1.314 所用的 10 分鐘過期時間。</translation>
    </message>
</context>
<context>
    <name>HealthIndexAnalyser</name>
    <message>
        <source>The key is not in the key index, so the default admin list of 1.1.263+ does not show it although it authenticates (data model 18.6, B25).</source>
        <translation>該金鑰不在金鑰索引中，因此 1.1.263+ 的預設管理清單不顯示它，儘管它能透過認證（資料模型 18.6，B25）。</translation>
    </message>
    <message>
        <source>The key lacks entries in %1, so sorting the admin list by that order misses it (data model 18.6).</source>
        <translation>該金鑰在 %1 中缺少條目，因此按該順序排序管理清單時會漏掉它（資料模型 18.6）。</translation>
    </message>
    <message>
        <source>Adds the missing index entries, as the service&apos;s index maintenance does.</source>
        <translation>新增缺失的索引條目，與服務的索引維護一致。</translation>
    </message>
    <message>
        <source>The key is %1 but the index status sets say otherwise, so the admin list filters it wrongly (data model 18.6).</source>
        <translation>該金鑰的狀態為「%1」，但索引狀態集合顯示的不同，因此管理清單的篩選有誤（資料模型 18.6）。</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Moves the id to the status set that matches the key.</source>
        <translation>將該 ID 移到與金鑰狀態相符的狀態集合。</translation>
    </message>
    <message>
        <source>The apikey:tag:* sets disagree with the key&apos;s tags (%1), so filtering by tag in the admin list is wrong (data model 18.6).</source>
        <translation>apikey:tag:* 集合與該金鑰的標籤（%1）不一致，因此在管理清單中按標籤篩選的結果有誤（資料模型 18.6）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Adds the id to the sets of its tags and removes it from the others.</source>
        <translation>將該 ID 新增到其標籤對應的集合，並從其他集合中移除。</translation>
    </message>
    <message>
        <source>apikey:idx:name still holds an old name entry of this key (%1), so searching by name finds it under that name (data model 18.6).</source>
        <translation>apikey:idx:name 仍儲存著該金鑰的一箇舊名稱條目（%1），因此按名稱搜尋時會以該名稱找到它（資料模型 18.6）。</translation>
    </message>
    <message>
        <source>Removes the old name entry.</source>
        <translation>移除舊名稱條目。</translation>
    </message>
    <message>
        <source>The key index still lists %1, which has no key hash: hard delete does not update the index, so the admin list counts a key it cannot show (data model 18.6, B26).</source>
        <translation>金鑰索引仍列出 %1，但它沒有金鑰雜湊：硬刪除不會更新索引，因此管理清單統計了一個無法顯示的金鑰（資料模型 18.6，B26）。</translation>
    </message>
    <message>
        <source>Removes the id from every index set, as a permanent delete does.</source>
        <translation>從所有索引集合中移除該 ID，與永久刪除的做法一致。</translation>
    </message>
    <message>
        <source>Tags used by keys are missing from apikey:tags:all, so the tag pickers of the admin do not offer them: %1 (data model 18.7).</source>
        <translation>金鑰使用的標籤在 apikey:tags:all 中缺失，因此管理後臺的標籤選擇器不會提供它們：%1（資料模型 18.7）。</translation>
    </message>
    <message>
        <source>Adds the tags to apikey:tags:all.</source>
        <translation>將這些標籤新增到 apikey:tags:all。</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Hash map entry for a key that no longer exists</source>
        <translation>指向已不存在的金鑰的雜湊對映條目</translation>
    </message>
    <message>
        <source>Hash map entry for a deleted key</source>
        <translation>指向已刪除金鑰的雜湊對映條目</translation>
    </message>
    <message>
        <source>Old secret of a regenerated key still resolves</source>
        <translation>已重新產生的金鑰的舊秘密值仍可解析</translation>
    </message>
    <message>
        <source>Key missing from the hash map</source>
        <translation>雜湊對映中缺少金鑰</translation>
    </message>
    <message>
        <source>Comma-joined permissions</source>
        <translation>逗號拼接的權限</translation>
    </message>
    <message>
        <source>Legacy permissions text</source>
        <translation>舊式權限文字</translation>
    </message>
    <message>
        <source>Deleted key that is active again</source>
        <translation>已刪除但再次啟用的金鑰</translation>
    </message>
    <message>
        <source>Key without expiry time in Redis</source>
        <translation>Redis 中沒有過期時間的金鑰</translation>
    </message>
    <message>
        <source>Bogus key record</source>
        <translation>無效的金鑰記錄</translation>
    </message>
    <message>
        <source>&quot;undefined&quot; or &quot;null&quot; in a yes/no field</source>
        <translation>是/否欄位中的 &quot;undefined&quot; 或 &quot;null&quot;</translation>
    </message>
    <message>
        <source>Malformed field</source>
        <translation>格式錯誤的欄位</translation>
    </message>
    <message>
        <source>Unreadable expiry date</source>
        <translation>無法讀取的過期日期</translation>
    </message>
    <message>
        <source>Usage data of a permanently deleted key</source>
        <translation>已永久刪除金鑰的用量資料</translation>
    </message>
    <message>
        <source>Usage index entries of a permanently deleted key</source>
        <translation>已永久刪除金鑰的用量索引條目</translation>
    </message>
    <message>
        <source>Bogus &quot;index&quot; member in usage indexes</source>
        <translation>用量索引中無效的 &quot;index&quot; 成員</translation>
    </message>
    <message>
        <source>Legacy reverse record (apikey_hash)</source>
        <translation>舊式反向記錄（apikey_hash）</translation>
    </message>
    <message>
        <source>Cost ranking entry without a key</source>
        <translation>沒有對應金鑰的費用排名條目</translation>
    </message>
    <message>
        <source>Per-minute metrics that never expire</source>
        <translation>永不過期的每分鐘指標</translation>
    </message>
    <message>
        <source>Non-hash key under apikey:</source>
        <translation>apikey: 下的非雜湊鍵</translation>
    </message>
    <message>
        <source>Key missing from the key index</source>
        <translation>金鑰索引中缺少金鑰</translation>
    </message>
    <message>
        <source>Stale key index entry</source>
        <translation>過時的金鑰索引條目</translation>
    </message>
    <message>
        <source>Key index status sets disagree with the key</source>
        <translation>金鑰索引狀態集合與金鑰不一致</translation>
    </message>
    <message>
        <source>Key index tag sets disagree with the key</source>
        <translation>金鑰索引標籤集合與金鑰不一致</translation>
    </message>
    <message>
        <source>Tags missing from the global tag list</source>
        <translation>全域性標籤清單中缺少標籤</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
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
            <numerusform>已檢查 %n 個金鑰：未發現問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 note(s); %5 can be repaired automatically.</source>
        <extracomment>%1 = &quot;N key(s) checked&quot;, %2 = errors, %3 = warnings, %4 = notes, %5 = repairable findings</extracomment>
        <translation>%1：%2 個錯誤、%3 個警告、%4 個提示；其中 %5 個可自動修復。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) checked</source>
        <translation>
            <numerusform>已檢查 %n 個金鑰</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyEditorBasicsPage</name>
    <message>
        <source>Basics</source>
        <translation>基本資訊</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>What the key is for, e.g. team-a build server</source>
        <translation>該金鑰的用途，例如 team-a 構建伺服器</translation>
    </message>
    <message>
        <source>&amp;Number of keys:</source>
        <translation>金鑰數量(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional notes for admins</source>
        <translation>給管理員的可選備註</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>所有者(&amp;O)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>&amp;Enabled: clients can use this key</source>
        <translation>啟用(&amp;E)：用戶端可以使用此金鑰</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>標籤(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>KeyEditorBindingsPage</name>
    <message>
        <source>Services and accounts</source>
        <translation>服務與帳戶</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>服務：</translation>
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
        <translation>綁定後的金鑰只由該帳戶或帳戶群組提供服務；「共享池」則由服務在所有帳戶中選擇。</translation>
    </message>
</context>
<context>
    <name>KeyEditorExpiryPage</name>
    <message>
        <source>Expiry</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>&amp;Fixed expiry date</source>
        <translation>固定過期日期(&amp;F)</translation>
    </message>
    <message>
        <source>Activate on &amp;first use, then run for a set time</source>
        <translation>首次使用時啟動(&amp;F)，然後在設定時長內有效</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>過期時間(&amp;E)：</translation>
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
        <translation>當前狀態：</translation>
    </message>
    <message>
        <source>&amp;Activate now</source>
        <translation>立即啟動(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>續期(&amp;R)</translation>
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
        <translation>每個時間窗的 Token 限制(&amp;T)：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>並行請求數(&amp;C)：</translation>
    </message>
    <message>
        <source>Rate &amp;window (minutes):</source>
        <translation>速率時間窗（分鐘）(&amp;W)：</translation>
    </message>
    <message>
        <source>No window</source>
        <translation>無時間窗</translation>
    </message>
    <message>
        <source>&amp;Requests per window:</source>
        <translation>每個時間窗的請求數(&amp;R)：</translation>
    </message>
    <message>
        <source>Cost per &amp;window (USD):</source>
        <translation>每個時間窗的費用（美元）(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Daily cost limit (USD):</source>
        <translation>每日費用限制（美元）(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;otal cost limit (USD):</source>
        <translation>總費用限制（美元）(&amp;O)：</translation>
    </message>
    <message>
        <source>Weekly O&amp;pus cost limit (USD):</source>
        <translation>每週 Opus 費用限制（美元）(&amp;P)：</translation>
    </message>
    <message>
        <source>Weekly reset:</source>
        <translation>每週重置：</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Service rates:</source>
        <translation>服務倍率：</translation>
    </message>
</context>
<context>
    <name>KeyEditorRestrictionsPage</name>
    <message>
        <source>Restrictions</source>
        <translation>限制條件</translation>
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
        <translation>用戶端：</translation>
    </message>
    <message>
        <source>Allow only the &amp;clients ticked below</source>
        <translation>僅允許下方勾選的用戶端(&amp;C)</translation>
    </message>
</context>
<context>
    <name>KeyLookup</name>
    <message>
        <source>The service&apos;s ENCRYPTION_KEY is needed to look up a key; set it in the profile or the environment.</source>
        <translation>查詢金鑰需要服務的 ENCRYPTION_KEY；請在設定檔或環境變數中設定。</translation>
    </message>
    <message>
        <source>An API key of this service starts with &quot;%1&quot;.</source>
        <translation>此服務的 API Key 以「%1」開頭。</translation>
    </message>
    <message>
        <source>An API key is 10 to 512 characters long; this one has %1.</source>
        <translation>API Key 的長度為 10 到 512 個字元；此金鑰有 %1 個字元。</translation>
    </message>
</context>
<context>
    <name>KeyOperations</name>
    <message>
        <source>The key %1 does not exist (any more).</source>
        <translation>金鑰 %1 不存在（或已不存在）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the trash; restore it before changing it.</source>
        <translation>「%1」在回收桶中；請先恢復再修改。</translation>
    </message>
    <message>
        <source>The settings are not valid; nothing was written.</source>
        <translation>設定無效；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Someone else changed %1 of this key since you opened it; nothing was written.</source>
        <translation>自您開啟後，其他人修改了該金鑰的 %1；未寫入任何內容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the trash; there is nothing to restore.</source>
        <translation>「%1」不在回收桶中；沒有可恢復的內容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the trash; only deleted keys can be deleted permanently.</source>
        <translation>「%1」不在回收桶中；只有已刪除的金鑰才能永久刪除。</translation>
    </message>
    <message numerus="yes">
        <source>%n data key(s) removed with it</source>
        <translation>
            <numerusform>同時刪除了 %n 個資料鍵</numerusform>
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
        <translation>%1（使用者 %2）</translation>
    </message>
    <message>
        <source>Unknown user %1: the key names a user that does not exist</source>
        <translation>未知使用者 %1：該金鑰指向一個不存在的使用者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The key belongs to the administrator, not to a user</extracomment>
        <translation>管理員</translation>
    </message>
    <message>
        <source>%1 (created by, no user)</source>
        <translation>%1（建立者，非使用者）</translation>
    </message>
    <message>
        <source>Broken: stored as “%1” by the 1.1.235 update bug. The service reads it as one unknown service, so the key is refused by every service. Saving the key in the editor stores it as a proper list.</source>
        <translation>已損壞：被 1.1.235 的更新缺陷儲存為「%1」。服務將其讀作一個未知服務，因此所有服務都會拒絕該金鑰。在編輯器中儲存該金鑰會將其儲存為正確的清單。</translation>
    </message>
    <message>
        <source>Newer releases (1.1.262 and later) split the comma-joined value into names.</source>
        <translation>較新的版本（1.1.262 及以後）會將逗號拼接的值拆分為多個名稱。</translation>
    </message>
    <message>
        <source>Malformed: “%1”</source>
        <translation>格式錯誤：「%1」</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>所有服務</translation>
    </message>
    <message>
        <source>%1 (unknown service)</source>
        <translation>%1（未知服務）</translation>
    </message>
    <message>
        <source>%1 (%2): account not found, deleted or never existed</source>
        <extracomment>A key&apos;s binding to an account that does not exist: %1 the stored id, %2 the account type</extracomment>
        <translation>%1（%2）：未找到帳戶，已刪除或從未存在</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, inactive</source>
        <translation>，未啟動</translation>
    </message>
    <message>
        <source>Stored value: %1</source>
        <translation>儲存值：%1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Off (list kept: %1)</source>
        <translation>關閉（保留清單：%1）</translation>
    </message>
    <message>
        <source>On, but the list is empty: no effect</source>
        <translation>已開啟，但清單為空：不起作用</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>已開啟：%1</translation>
    </message>
    <message>
        <source>Claude routes refuse the listed models (deny-list); the Gemini-compatible route allows only the listed models (allow-list); the /openai routes ignore the list.</source>
        <translation>Claude 路由拒絕清單中的模型（黑名單）；Gemini 相容路由只允許清單中的模型（白名單）；/openai 路由忽略此清單。</translation>
    </message>
    <message>
        <source>Off: every client is allowed</source>
        <translation>關閉：允許所有用戶端</translation>
    </message>
    <message>
        <source>On, but no client is listed</source>
        <translation>已開啟，但未列出任何用戶端</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>僅限：%1</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No tags on the key</extracomment>
        <translation>無</translation>
    </message>
    <message>
        <source>Not yet: the period starts with the first request</source>
        <translation>尚未啟動：有效期從首次請求開始計算</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不過期</translation>
    </message>
    <message>
        <source>Unreadable date “%1”</source>
        <translation>無法讀取的日期「%1」</translation>
    </message>
    <message>
        <source>Expired at %1</source>
        <extracomment>%1 is a date with the time since it (&quot;... (3 d ago)&quot;)</extracomment>
        <translation>已於 %1 過期</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <extracomment>Expiry mode in which the key expires on a set date</extracomment>
        <translation>固定日期</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小時</numerusform>
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
        <translation>未啟動：首次請求後 %1 內有效</translation>
    </message>
    <message>
        <source>Activated %1; period %2</source>
        <translation>已於 %1 啟動；有效期 %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（無日期）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>%1 a date, %2 who created the key</extracomment>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>%1 by %2 (%3); in the trash</source>
        <extracomment>%1 a date, %2 who deleted the key, %3 their kind (admin, user, system)</extracomment>
        <translation>%1，由 %2（%3）刪除；在回收桶中</translation>
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
        <translation>每個時間窗 %1 個 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>A service&apos;s cost multiplier, e.g. &quot;claude ×1.5&quot;</extracomment>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 at %2:00 (service time zone)</source>
        <extracomment>When the weekly Opus cost resets: %1 a weekday, %2 an hour, in the service&apos;s time zone</extracomment>
        <translation>%1 %2:00（服務時區）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開啟</translation>
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
        <translation>本程式不認識的欄位；保持原樣。</translation>
    </message>
    <message>
        <source>All services at ×1</source>
        <translation>所有服務均為 ×1</translation>
    </message>
    <message>
        <source>Services not listed count at ×1.</source>
        <translation>未列出的服務按 ×1 計算。</translation>
    </message>
</context>
<context>
    <name>KeyStats</name>
    <message>
        <source>%1 holds &quot;%2&quot;, which is not a number.</source>
        <translation>%1 的值為「%2」，不是數字。</translation>
    </message>
    <message>
        <source>Reading the cost keys failed: %1</source>
        <translation>讀取費用鍵失敗：%1</translation>
    </message>
    <message>
        <source>rate_limit:window_start holds &quot;%1&quot;, which is not a time.</source>
        <translation>rate_limit:window_start 的值為「%1」，不是時間。</translation>
    </message>
</context>
<context>
    <name>KeyStatusText</name>
    <message>
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>not activated</source>
        <extracomment>An API key in &quot;activate on first use&quot; mode that has not been used yet</extracomment>
        <translation>未啟動</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>active</source>
        <translation>啟用</translation>
    </message>
</context>
<context>
    <name>KeyValidator</name>
    <message>
        <source>Service rates must be an object</source>
        <translation>服務倍率必須是物件</translation>
    </message>
    <message>
        <source>Invalid rate for service &quot;%1&quot;: must be a non-negative number</source>
        <translation>服務「%1」的倍率無效：必須是非負數</translation>
    </message>
    <message>
        <source>The rate for service “%1” must be stored as a number.</source>
        <translation>服務「%1」的倍率必須儲存為數字。</translation>
    </message>
    <message>
        <source>“%1” is not a service with a rate; use %2.</source>
        <translation>「%1」不是有倍率的服務；請使用 %2。</translation>
    </message>
    <message>
        <source>Weekly reset day must be an integer from 1 (Mon) to 7 (Sun)</source>
        <translation>每週重置日必須是 1（週一）到 7（週日）之間的整數</translation>
    </message>
    <message>
        <source>Weekly reset hour must be an integer from 0 to 23</source>
        <translation>每週重置小時必須是 0 到 23 之間的整數</translation>
    </message>
    <message>
        <source>%1 must be written with digits only, for example 60.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 只能由數字組成，例如 60。</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path &quot;%2&quot; expects a valid number</source>
        <translation>酬載規則 #%1：規則路徑「%2」需要有效的數字</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path &quot;%2&quot; expects &quot;true&quot; or &quot;false&quot;</source>
        <translation>酬載規則 #%1：規則路徑「%2」需要 &quot;true&quot; 或 &quot;false&quot;</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path &quot;%2&quot; expects valid JSON</source>
        <translation>酬載規則 #%1：規則路徑「%2」需要有效的 JSON</translation>
    </message>
    <message>
        <source>Payload rules must be an array</source>
        <translation>酬載規則必須是陣列</translation>
    </message>
    <message>
        <source>Payload rule #%1 must be an object</source>
        <translation>酬載規則 #%1 必須是物件</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path must be a non-empty string</source>
        <translation>酬載規則 #%1：規則路徑必須是非空字串</translation>
    </message>
    <message>
        <source>Payload rule #%1: Rule path cannot contain empty segments</source>
        <translation>酬載規則 #%1：規則路徑不能包含空段</translation>
    </message>
    <message>
        <source>Payload rule #%1 has invalid valueType</source>
        <translation>酬載規則 #%1 的 valueType 無效</translation>
    </message>
    <message>
        <source>Payload rule #%1 is not in the stored form: trim the path, write the valueType in lower case and the value as text.</source>
        <translation>酬載規則 #%1 不是儲存格式：請去除路徑兩端的空格，valueType 使用小寫，值寫為文字。</translation>
    </message>
    <message>
        <source>The service release of this database (%1) does not use this setting: it is stored but has no effect.</source>
        <translation>此資料庫的服務版本（%1）不使用此設定：它會被儲存，但不起作用。</translation>
    </message>
    <message>
        <source>enableOpenAIResponsesCodexAdaptation must be a boolean</source>
        <translation>enableOpenAIResponsesCodexAdaptation 必須是布林值</translation>
    </message>
    <message>
        <source>enableOpenAIResponsesPayloadRules must be a boolean</source>
        <translation>enableOpenAIResponsesPayloadRules 必須是布林值</translation>
    </message>
    <message>
        <source>Use an account id or group:&lt;group id&gt;.</source>
        <translation>請使用帳戶 ID 或 group:&lt;帳戶群組 ID&gt;。</translation>
    </message>
    <message>
        <source>Use an account id, api:&lt;Gemini-API account id&gt; or group:&lt;group id&gt;.</source>
        <translation>請使用帳戶 ID、api:&lt;Gemini-API 帳戶 ID&gt; 或 group:&lt;帳戶群組 ID&gt;。</translation>
    </message>
    <message>
        <source>Use an account id, responses:&lt;OpenAI-Responses account id&gt; or group:&lt;group id&gt;.</source>
        <translation>請使用帳戶 ID、responses:&lt;OpenAI-Responses 帳戶 ID&gt; 或 group:&lt;帳戶群組 ID&gt;。</translation>
    </message>
    <message>
        <source>Use an account id without a prefix.</source>
        <translation>請使用不帶字首的帳戶 ID。</translation>
    </message>
    <message>
        <source>“%1” is not a valid binding for this account. %2</source>
        <translation>「%1」不是此帳戶的有效綁定。%2</translation>
    </message>
    <message>
        <source>The binding “%1” names no account.</source>
        <translation>綁定「%1」沒有指向任何帳戶。</translation>
    </message>
    <message>
        <source>The account id is longer than %1 characters.</source>
        <translation>帳戶 ID 超過 %1 個字元。</translation>
    </message>
    <message>
        <source>The account id “%1” may contain only letters, digits, “.”, “_” and “-”: other characters break the service&apos;s Redis key names.</source>
        <translation>帳戶 ID「%1」只能包含字母、數字、「.」、「_」和「-」：其他字元會破壞服務的 Redis 鍵名。</translation>
    </message>
    <message>
        <source>Permissions must be an array. Valid values are: %1</source>
        <translation>權限必須是陣列。有效值為：%1</translation>
    </message>
    <message>
        <source>Invalid permission value &quot;%1&quot;. Valid values are: %2</source>
        <translation>無效的權限值「%1」。有效值為：%2</translation>
    </message>
    <message>
        <source>Permissions must be stored as a JSON array, for example [&quot;claude&quot;], or [] for all services; “%1” is a legacy form.</source>
        <translation>權限必須儲存為 JSON 陣列，例如 [&quot;claude&quot;]，或用 [] 表示所有服務；「%1」是舊式格式。</translation>
    </message>
    <message>
        <source>Permissions “%1” are comma-joined, which release 1.1.235 reads as one unknown service, so the key can use none; store them as a JSON array.</source>
        <translation>權限「%1」是逗號拼接的，1.1.235 版本會將其讀作一個未知服務，因此該金鑰無法使用任何服務；請將其儲存為 JSON 陣列。</translation>
    </message>
    <message>
        <source>Invalid permissions value. Must be an array of: %1</source>
        <translation>無效的權限值。必須是以下值組成的陣列：%1</translation>
    </message>
    <message>
        <source>Restricted models must be an array</source>
        <translation>受限模型必須是陣列</translation>
    </message>
    <message>
        <source>Entry %1 of the model list is not text.</source>
        <translation>模型清單的第 %1 項不是文字。</translation>
    </message>
    <message>
        <source>The model list contains an empty entry.</source>
        <translation>模型清單包含空項。</translation>
    </message>
    <message>
        <source>The model name “%1” contains control characters.</source>
        <translation>模型名稱「%1」包含控制字元。</translation>
    </message>
    <message>
        <source>The model name “%1” starts or ends with spaces, so it never matches a request.</source>
        <translation>模型名稱「%1」的開頭或結尾有空格，因此永遠不會匹配任何請求。</translation>
    </message>
    <message>
        <source>Allowed clients must be an array</source>
        <translation>允許的用戶端必須是陣列</translation>
    </message>
    <message>
        <source>“%1” is not a client the service knows; use %2.</source>
        <translation>「%1」不是服務認識的用戶端；請使用 %2。</translation>
    </message>
    <message>
        <source>The tag “%1” starts or ends with spaces; remove them.</source>
        <translation>標籤「%1」的開頭或結尾有空格；請刪除它們。</translation>
    </message>
    <message>
        <source>The tag “%1” is longer than %2 characters.</source>
        <translation>標籤「%1」超過 %2 個字元。</translation>
    </message>
    <message>
        <source>The tag “%1” contains control characters.</source>
        <translation>標籤「%1」包含控制字元。</translation>
    </message>
    <message>
        <source>Tags must be an array</source>
        <translation>標籤必須是陣列</translation>
    </message>
    <message>
        <source>All tags must be non-empty strings</source>
        <translation>所有標籤都必須是非空字串</translation>
    </message>
    <message>
        <source>The tag “%1” appears more than once.</source>
        <translation>標籤「%1」出現了多次。</translation>
    </message>
    <message>
        <source>A key can have at most %1 tags.</source>
        <translation>一個金鑰最多可以有 %1 個標籤。</translation>
    </message>
    <message>
        <source>Model restriction is on but the model list is empty, so it has no effect.</source>
        <translation>模型限制已開啟，但模型清單為空，因此不起作用。</translation>
    </message>
    <message>
        <source>Client restriction is on but no client is selected, so it has no effect.</source>
        <translation>用戶端限制已開啟，但未選擇任何用戶端，因此不起作用。</translation>
    </message>
    <message>
        <source>The icon is %1 KiB; the limit is %2 KiB. Choose a smaller image.</source>
        <translation>圖示大小為 %1 KiB；上限為 %2 KiB。請選擇更小的圖片。</translation>
    </message>
    <message>
        <source>The icon must be an image data URL (data:image/…;base64,…).</source>
        <translation>圖示必須是圖片資料 URL（data:image/…;base64,…）。</translation>
    </message>
    <message>
        <source>The icon&apos;s image data is not valid base64.</source>
        <translation>圖示的圖片資料不是有效的 base64。</translation>
    </message>
    <message>
        <source>Token limit must be a non-negative integer</source>
        <translation>Token 限制必須是非負整數</translation>
    </message>
    <message>
        <source>Concurrency limit must be a non-negative integer</source>
        <translation>並行限制必須是非負整數</translation>
    </message>
    <message>
        <source>Rate limit window must be a positive integer (minutes)</source>
        <translation>速率限制時間窗必須是正整數（分鐘）</translation>
    </message>
    <message>
        <source>Rate limit window must be a non-negative integer (minutes)</source>
        <translation>速率限制時間窗必須是非負整數（分鐘）</translation>
    </message>
    <message>
        <source>Rate limit requests must be a positive integer</source>
        <translation>速率限制請求數必須是正整數</translation>
    </message>
    <message>
        <source>Rate limit requests must be a non-negative integer</source>
        <translation>速率限制請求數必須是非負整數</translation>
    </message>
    <message>
        <source>Rate limit cost must be a non-negative number</source>
        <translation>速率限制費用必須是非負數</translation>
    </message>
    <message>
        <source>Daily cost limit must be a non-negative number</source>
        <translation>每日費用限制必須是非負數</translation>
    </message>
    <message>
        <source>Total cost limit must be a non-negative number</source>
        <translation>總費用限制必須是非負數</translation>
    </message>
    <message>
        <source>Weekly Opus cost limit must be a non-negative number</source>
        <translation>每週 Opus 費用限制必須是非負數</translation>
    </message>
    <message>
        <source>%1 must be a finite number.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 必須是有限的數字。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 不能超過 %2。</translation>
    </message>
    <message>
        <source>%1 must be written as a plain decimal number, for example 2.5.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 必須寫成普通的小數，例如 2.5。</translation>
    </message>
    <message>
        <source>Activation hours must be a positive integer when using activation mode</source>
        <translation>使用啟動模式時，啟動小時數必須是正整數</translation>
    </message>
    <message>
        <source>Activation days must be a positive integer when using activation mode</source>
        <translation>使用啟動模式時，啟動天數必須是正整數</translation>
    </message>
    <message>
        <source>The activation period can be at most %1 hours.</source>
        <translation>啟動期最長為 %1 小時。</translation>
    </message>
    <message>
        <source>The activation period can be at most %1 days.</source>
        <translation>啟動期最長為 %1 天。</translation>
    </message>
    <message>
        <source>Expiration mode must be either &quot;fixed&quot; or &quot;activation&quot;</source>
        <translation>過期模式必須是 &quot;fixed&quot; 或 &quot;activation&quot;</translation>
    </message>
    <message>
        <source>Activation unit must be either &quot;hours&quot; or &quot;days&quot; when using activation mode</source>
        <translation>使用啟動模式時，啟動單位必須是 &quot;hours&quot; 或 &quot;days&quot;</translation>
    </message>
    <message>
        <source>The activation unit must be &quot;hours&quot; or &quot;days&quot;.</source>
        <translation>啟動單位必須是 &quot;hours&quot; 或 &quot;days&quot;。</translation>
    </message>
    <message>
        <source>Cannot set fixed expiration date when using activation mode</source>
        <translation>使用啟動模式時不能設定固定過期日期</translation>
    </message>
    <message>
        <source>A key switched to activation mode must start as not activated.</source>
        <translation>切換到啟動模式的金鑰必須從未啟動狀態開始。</translation>
    </message>
    <message>
        <source>Invalid expiration date format</source>
        <translation>無效的過期日期格式</translation>
    </message>
    <message>
        <source>The expiry date %1 is in the past: the key will be rejected as expired.</source>
        <translation>過期日期 %1 已經過去：該金鑰會因過期而被拒絕。</translation>
    </message>
    <message>
        <source>The rate limit window has no effect without a request, token or cost limit.</source>
        <translation>沒有請求數、Token 或費用限制時，速率限制時間窗不起作用。</translation>
    </message>
    <message>
        <source>Request and cost limits per window take effect only with a rate limit window.</source>
        <translation>每個時間窗的請求數和費用限制只有在設定了速率限制時間窗時才生效。</translation>
    </message>
    <message>
        <source>Remove the spaces at the start and end of the name.</source>
        <translation>請刪除名稱開頭和結尾的空格。</translation>
    </message>
    <message>
        <source>The name must not contain control characters such as line breaks or tabs.</source>
        <translation>名稱不能包含換行符或製表符等控制字元。</translation>
    </message>
    <message>
        <source>Name is required and must be a non-empty string</source>
        <translation>名稱為必填項，必須是非空字串</translation>
    </message>
    <message>
        <source>Name must be less than 100 characters</source>
        <translation>名稱必須少於 100 個字元</translation>
    </message>
    <message>
        <source>API Key name cannot be empty</source>
        <translation>API Key 名稱不能為空</translation>
    </message>
    <message>
        <source>API Key name must be less than 100 characters</source>
        <translation>API Key 名稱必須少於 100 個字元</translation>
    </message>
    <message>
        <source>Description must be a string with less than 500 characters</source>
        <translation>描述必須是少於 500 個字元的字串</translation>
    </message>
    <message>
        <source>The description must not contain control characters other than line breaks and tabs.</source>
        <translation>描述中除換行符和製表符外不能包含其他控制字元。</translation>
    </message>
    <message>
        <source>isActive must be a boolean</source>
        <translation>isActive 必須是布林值</translation>
    </message>
    <message>
        <source>Enable model restriction must be a boolean</source>
        <translation>啟用模型限制必須是布林值</translation>
    </message>
    <message>
        <source>Enable client restriction must be a boolean</source>
        <translation>啟用用戶端限制必須是布林值</translation>
    </message>
    <message>
        <source>%1 must be &quot;true&quot; or &quot;false&quot;.</source>
        <extracomment>%1 is a field name such as &quot;Daily cost limit&quot;.</extracomment>
        <translation>%1 必須是 &quot;true&quot; 或 &quot;false&quot;。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a field name, %2 says what is wrong with its stored value.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Base name is required and must be a non-empty string</source>
        <translation>基礎名稱為必填項，必須是非空字串</translation>
    </message>
    <message>
        <source>Base name must be less than 90 characters to allow for numbering</source>
        <translation>基礎名稱必須少於 90 個字元，以便新增編號</translation>
    </message>
    <message>
        <source>Count must be an integer between 2 and 500</source>
        <translation>數量必須是 2 到 500 之間的整數</translation>
    </message>
    <message>
        <source>The tag name cannot be empty.</source>
        <translation>標籤名稱不能為空。</translation>
    </message>
    <message>
        <source>Key is either already activated or not in activation mode</source>
        <translation>金鑰已啟動，或不是啟動模式</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>金鑰 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Key hash</source>
        <translation>金鑰雜湊</translation>
    </message>
    <message>
        <source>Token limit</source>
        <translation>Token 限制</translation>
    </message>
    <message>
        <source>Concurrency limit</source>
        <translation>並行限制</translation>
    </message>
    <message>
        <source>Rate limit window</source>
        <translation>速率限制時間窗</translation>
    </message>
    <message>
        <source>Rate limit requests</source>
        <translation>速率限制請求數</translation>
    </message>
    <message>
        <source>Rate limit cost</source>
        <translation>速率限制費用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用狀態</translation>
    </message>
    <message>
        <source>Claude account</source>
        <translation>Claude 帳戶</translation>
    </message>
    <message>
        <source>Claude Console account</source>
        <translation>Claude Console 帳戶</translation>
    </message>
    <message>
        <source>Gemini account</source>
        <translation>Gemini 帳戶</translation>
    </message>
    <message>
        <source>OpenAI account</source>
        <translation>OpenAI 帳戶</translation>
    </message>
    <message>
        <source>Azure OpenAI account</source>
        <translation>Azure OpenAI 帳戶</translation>
    </message>
    <message>
        <source>Bedrock account</source>
        <translation>Bedrock 帳戶</translation>
    </message>
    <message>
        <source>Droid account</source>
        <translation>Droid 帳戶</translation>
    </message>
    <message>
        <source>Service permissions</source>
        <translation>服務權限</translation>
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
        <translation>用戶端限制</translation>
    </message>
    <message>
        <source>Allowed clients</source>
        <translation>允許的用戶端</translation>
    </message>
    <message>
        <source>Daily cost limit</source>
        <translation>每日費用限制</translation>
    </message>
    <message>
        <source>Total cost limit</source>
        <translation>總費用限制</translation>
    </message>
    <message>
        <source>Weekly Opus cost limit</source>
        <translation>每週 Opus 費用限制</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Activation period</source>
        <translation>啟動期</translation>
    </message>
    <message>
        <source>Activation unit</source>
        <translation>啟動單位</translation>
    </message>
    <message>
        <source>Expiration mode</source>
        <translation>過期模式</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已啟動</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>啟動時間</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Last used at</source>
        <translation>最後使用時間</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>過期時間</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>建立者</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>所有者 ID</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>所有者名稱</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>圖示</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>刪除者</translation>
    </message>
    <message>
        <source>Deleted by (type)</source>
        <translation>刪除者（型別）</translation>
    </message>
    <message>
        <source>Restored at</source>
        <translation>恢復時間</translation>
    </message>
    <message>
        <source>Restored by</source>
        <translation>恢復者</translation>
    </message>
    <message>
        <source>Restored by (type)</source>
        <translation>恢復者（型別）</translation>
    </message>
    <message>
        <source>Service rates</source>
        <translation>服務倍率</translation>
    </message>
    <message>
        <source>Weekly reset day</source>
        <translation>每週重置日</translation>
    </message>
    <message>
        <source>Weekly reset hour</source>
        <translation>每週重置小時</translation>
    </message>
    <message>
        <source>Codex adaptation for OpenAI Responses</source>
        <translation>OpenAI Responses 的 Codex 適配</translation>
    </message>
    <message>
        <source>OpenAI Responses payload rules enabled</source>
        <translation>已啟用 OpenAI Responses 酬載規則</translation>
    </message>
    <message>
        <source>OpenAI Responses payload rules</source>
        <translation>OpenAI Responses 酬載規則</translation>
    </message>
    <message>
        <source>1M context</source>
        <translation>1M 上下文</translation>
    </message>
    <message>
        <source>CCR account</source>
        <translation>CCR 帳戶</translation>
    </message>
    <message>
        <source>Rate limit tokens (legacy)</source>
        <translation>速率限制 Token 數（舊式）</translation>
    </message>
    <message>
        <source>Maximum concurrency (legacy)</source>
        <translation>最大並行數（舊式）</translation>
    </message>
    <message>
        <source>Activation duration (legacy)</source>
        <translation>啟動時長（舊式）</translation>
    </message>
</context>
<context>
    <name>LocalRedisServer</name>
    <message>
        <source>Cannot create a temporary directory for Redis.</source>
        <translation>無法為 Redis 建立臨時目錄。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2. Install the redis-server package.</source>
        <translation>無法啟動 %1：%2。請安裝 redis-server 軟體包。</translation>
    </message>
    <message>
        <source>redis-server did not answer within %1 s.</source>
        <translation>redis-server 在 %1 秒內沒有回應。</translation>
    </message>
    <message>
        <source>redis-server exited at once.</source>
        <translation>redis-server 立即結束了。</translation>
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
        <translation>連線設定檔</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>設定檔名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. production EU</source>
        <translation>例如 生產環境 EU</translation>
    </message>
    <message>
        <source>Import .env…</source>
        <translation>匯入 .env…</translation>
    </message>
    <message>
        <source>Fill the fields from the service&apos;s .env file</source>
        <translation>從服務的 .env 檔案填寫各欄位</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>default user</source>
        <translation>預設使用者</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>顯示或隱藏密碼</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>連線超時：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Command timeout:</source>
        <translation>命令超時：</translation>
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
        <translation>CA 檔案：</translation>
    </message>
    <message>
        <source>system authorities</source>
        <translation>系統憑證授權單位</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificate (PEM)</source>
        <translation>選擇 CA 憑證（PEM）</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>用戶端憑證：</translation>
    </message>
    <message>
        <source>Choose the client certificate (PEM)</source>
        <translation>選擇用戶端憑證（PEM）</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>用戶端私鑰：</translation>
    </message>
    <message>
        <source>Choose the client&apos;s private key (PEM, unencrypted)</source>
        <translation>選擇用戶端的私鑰（PEM，未加密）</translation>
    </message>
    <message>
        <source>Server name:</source>
        <translation>伺服器名稱：</translation>
    </message>
    <message>
        <source>same as the host</source>
        <translation>與主機相同</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>驗證伺服器憑證</translation>
    </message>
    <message>
        <source>Without verification anyone between you and the server can read the password and the data.</source>
        <translation>不驗證憑證時，您與伺服器之間的任何人都能讀取密碼和資料。</translation>
    </message>
    <message>
        <source>Accepted certificate:</source>
        <translation>已接受的憑證：</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘記</translation>
    </message>
    <message>
        <source>Stop accepting this certificate; it must then pass verification again</source>
        <translation>不再接受此憑證；之後它必須重新透過驗證</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>These are the service&apos;s own settings, from its .env file. They must match the running service, or keys created here will not work.</source>
        <translation>這些是服務自身的設定，來自其 .env 檔案。它們必須與正在執行的服務一致，否則在此建立的金鑰將無法使用。</translation>
    </message>
    <message>
        <source>&amp;ENCRYPTION_KEY:</source>
        <translation>&amp;ENCRYPTION_KEY：</translation>
    </message>
    <message>
        <source>unknown: no key creation, no lookup by key</source>
        <translation>未知：無法建立金鑰，也無法按金鑰查詢</translation>
    </message>
    <message>
        <source>Show or hide the ENCRYPTION_KEY</source>
        <translation>顯示或隱藏 ENCRYPTION_KEY</translation>
    </message>
    <message>
        <source>API key &amp;prefix:</source>
        <translation>API Key 字首(&amp;P)：</translation>
    </message>
    <message>
        <source>TIME&amp;ZONE_OFFSET:</source>
        <translation>TIME&amp;ZONE_OFFSET：</translation>
    </message>
    <message>
        <source>Service &amp;URL:</source>
        <translation>服務地址(&amp;U)：</translation>
    </message>
    <message>
        <source>https://relay.example.com</source>
        <translation>https://relay.example.com</translation>
    </message>
    <message>
        <source>Empty database:</source>
        <translation>空資料庫：</translation>
    </message>
    <message>
        <source>The release whose rules are followed when the database holds no keys yet, so its release cannot be detected.</source>
        <translation>當資料庫中還沒有金鑰、無法檢測其版本時所遵循的版本規則。</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行為</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作員(&amp;O)：</translation>
    </message>
    <message>
        <source>your name, recorded with deletes and restores</source>
        <translation>您的名字，隨刪除和恢復操作一起記錄</translation>
    </message>
    <message>
        <source>&amp;Read-only: never send a write command</source>
        <translation>唯讀(&amp;R)：從不傳送寫命令</translation>
    </message>
    <message>
        <source>P&amp;roduction: confirm every write by typing the profile name</source>
        <translation>生產環境(&amp;R)：每次寫入都需輸入設定檔名稱確認</translation>
    </message>
    <message>
        <source>Auto &amp;refresh:</source>
        <translation>自動重新整理(&amp;R)：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>清除剪貼簿的時間(&amp;C)：</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>機密資訊</translation>
    </message>
    <message>
        <source>The Redis password and the ENCRYPTION_KEY are never written to the profile settings. Choose where they are kept:</source>
        <translation>Redis 密碼和 ENCRYPTION_KEY 從不寫入設定檔設定。請選擇它們的儲存位置：</translation>
    </message>
    <message>
        <source>System &amp;keychain (recommended)</source>
        <translation>系統金鑰環(&amp;K)（推薦）</translation>
    </message>
    <message>
        <source>&amp;Ask every time: keep nothing, type the secrets when connecting</source>
        <translation>每次詢問(&amp;A)：不儲存任何內容，連線時輸入機密資訊</translation>
    </message>
    <message>
        <source>&amp;Local file, NOT encrypted</source>
        <translation>本地檔案(&amp;L)，未加密</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>Connect with these settings, show the server version, and disconnect</source>
        <translation>使用這些設定連線，顯示伺服器版本，然後斷開連線</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>設定檔需要一個名稱。</translation>
    </message>
    <message>
        <source>A profile with this id exists already.</source>
        <translation>已存在具有此 ID 的設定檔。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>已存在名為「%1」的設定檔。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>設定檔「%1」已不存在。</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>該設定檔已不存在。</translation>
    </message>
    <message>
        <source>Cannot write the profiles to %1. Check that the folder exists and is writable, and that the disk is not full.</source>
        <translation>無法將設定檔寫入 %1。請檢查該資料夾是否存在且可寫，以及磁碟是否已滿。</translation>
    </message>
    <message>
        <source>The profiles file %1 is not a valid settings file; it was not changed.</source>
        <translation>設定檔檔案 %1 不是有效的設定檔案；未對其進行修改。</translation>
    </message>
</context>
<context>
    <name>PurgePreview</name>
    <message numerus="yes">
        <source>%1 (%2): %n Redis key(s)</source>
        <extracomment>%1 key name, %2 key id, %n number of Redis keys removed with it.</extracomment>
        <translation>
            <numerusform>%1（%2）：%n 個 Redis 鍵</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDetection</name>
    <message>
        <source>1.1.235 era (no key index)</source>
        <translation>1.1.235 時期（無金鑰索引）</translation>
    </message>
    <message>
        <source>1.1.262 (JSON permissions, no key index)</source>
        <translation>1.1.262（JSON 權限，無金鑰索引）</translation>
    </message>
    <message>
        <source>1.1.263 to 1.1.280 (key index)</source>
        <translation>1.1.263 至 1.1.280（金鑰索引）</translation>
    </message>
    <message>
        <source>1.1.281 to 1.1.301 (key index, weekly reset periods)</source>
        <translation>1.1.281 至 1.1.301（金鑰索引、每週重置週期）</translation>
    </message>
    <message>
        <source>1.1.302 to 1.1.314 (key index, weekly reset periods, payload rules)</source>
        <translation>1.1.302 至 1.1.314（金鑰索引、每週重置週期、酬載規則）</translation>
    </message>
    <message>
        <source>empty database (no API keys yet)</source>
        <translation>空資料庫（尚無 API Key）</translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation>未知結構</translation>
    </message>
    <message>
        <source>inconsistent layout (%1)</source>
        <translation>不一致的結構（%1）</translation>
    </message>
    <message>
        <source>system:migrated:version holds &quot;%1&quot;, which is not a release number.</source>
        <translation>system:migrated:version 的值為「%1」，不是版本號。</translation>
    </message>
    <message>
        <source>system:migrated:version = %1: release %1 or later has started on this database.</source>
        <translation>system:migrated:version = %1：%1 或更新的版本已在此資料庫上啟動過。</translation>
    </message>
    <message>
        <source>Release %1 has run on this database; this program knows the data model up to 1.1.314 and will not write to it.</source>
        <translation>版本 %1 已在此資料庫上執行過；本程式只瞭解 1.1.314 及以前的資料模型，不會寫入該資料庫。</translation>
    </message>
    <message>
        <source>apikey:index:version = 2: the key index of release 1.1.263 or later is complete.</source>
        <translation>apikey:index:version = 2：1.1.263 或更新版本的金鑰索引已完整。</translation>
    </message>
    <message>
        <source>apikey:index:version holds &quot;%1&quot;; only version 2 is known.</source>
        <translation>apikey:index:version 的值為「%1」；只認識版本 2。</translation>
    </message>
    <message>
        <source>apikey:idx:all exists: a key index (release 1.1.263 or later).</source>
        <translation>存在 apikey:idx:all：金鑰索引（1.1.263 或更新版本）。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) carry openaiResponsesPayloadRules (release 1.1.302 or later).</source>
        <translation>
            <numerusform>%n 個金鑰帶有 openaiResponsesPayloadRules（1.1.302 或更新版本）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) carry weeklyResetDay (release 1.1.281 or later).</source>
        <translation>
            <numerusform>%n 個金鑰帶有 weeklyResetDay（1.1.281 或更新版本）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) carry serviceRates (release 1.1.263 or later).</source>
        <translation>
            <numerusform>%n 個金鑰帶有 serviceRates（1.1.263 或更新版本）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No API keys and no release marker.</source>
        <translation>沒有 API Key，也沒有版本標記。</translation>
    </message>
    <message>
        <source>No marker of a later release: the 1.1.235-era data model.</source>
        <translation>沒有更新版本的標記：1.1.235 時期的資料模型。</translation>
    </message>
    <message>
        <source>system:migrated:version says %1, but a key index exists, which only 1.1.263 or later builds.</source>
        <translation>system:migrated:version 顯示為 %1，但存在只有 1.1.263 或更新版本才會建立的金鑰索引。</translation>
    </message>
    <message>
        <source>system:migrated:version says %1, but keys carry weeklyResetDay, which only 1.1.281 or later writes.</source>
        <translation>system:migrated:version 顯示為 %1，但有金鑰帶有隻有 1.1.281 或更新版本才會寫入的 weeklyResetDay。</translation>
    </message>
    <message>
        <source>apikey:index:version says the key index is complete, but apikey:idx:all does not exist.</source>
        <translation>apikey:index:version 表示金鑰索引已完整，但 apikey:idx:all 不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) under apikey: are neither key hashes nor index keys of a known release (first: %1).</source>
        <translation>
            <numerusform>apikey: 下有 %n 個鍵既不是金鑰雜湊，也不是已知版本的索引鍵（第一個：%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database mixes markers of different releases: %1 It is opened read-only; the health check explains what to repair.</source>
        <translation>資料庫混有不同版本的標記：%1 已以唯讀方式開啟；健康檢查會說明需要修復的內容。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) with usage:claude:total: written by release 1.1.262.</source>
        <translation>
            <numerusform>%n 個金鑰帶有 usage:claude:total：由 1.1.262 版本寫入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceEnvironment</name>
    <message>
        <source>REDIS_PORT &quot;%1&quot; is not a port number (1-65535).</source>
        <translation>REDIS_PORT「%1」不是連接埠號（1-65535）。</translation>
    </message>
    <message>
        <source>REDIS_DB &quot;%1&quot; is not a database number.</source>
        <translation>REDIS_DB「%1」不是資料庫編號。</translation>
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
        <translation>全部時間</translation>
    </message>
    <message>
        <source>Custom range</source>
        <extracomment>A time range with dates the user chose</extracomment>
        <translation>自定義範圍</translation>
    </message>
    <message>
        <source>The server answered a different number of replies than asked.</source>
        <translation>伺服器返回的回覆數量與請求的不同。</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Tags are stored in each key. Renaming or deleting a tag changes every key that carries it, including keys in the trash.</source>
        <translation>標籤儲存在每個金鑰中。重新命名或刪除標籤會修改所有帶有該標籤的金鑰，包括回收桶中的金鑰。</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>新名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重新命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete tag</source>
        <translation>刪除標籤(&amp;D)</translation>
    </message>
</context>
<context>
    <name>UsageSeries</name>
    <message>
        <source>The server answered a different number of replies than asked.</source>
        <translation>伺服器返回的回覆數量與請求的不同。</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The user record is empty or not a string.</source>
        <translation>使用者記錄為空或不是字串。</translation>
    </message>
    <message>
        <source>The user record is not valid JSON (%1 at byte %2).</source>
        <translation>使用者記錄不是有效的 JSON（%1，位於第 %2 位元組）。</translation>
    </message>
    <message>
        <source>The user record is JSON but not an object.</source>
        <translation>使用者記錄是 JSON，但不是物件。</translation>
    </message>
    <message>
        <source>Unknown User</source>
        <translation>未知使用者</translation>
    </message>
    <message>
        <source>Admin</source>
        <extracomment>The owner of keys that belong to no user.</extracomment>
        <translation>管理員</translation>
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
        <translation>讀取並管理 claude-relay-service 部署在其 Redis 中的 API Key。

讀取命令：
  info              伺服器、金鑰數量以及資料所遵循的服務版本
  list              所有金鑰及其狀態、費用、用量和最後使用的帳戶
  show ID|NAME      單個金鑰：所有設定、資料、格式錯誤的欄位、最近的請求
  lookup [KEY|-]    明文 API Key 所屬的金鑰（預設從標準輸入讀取）
  tags              標籤及帶有該標籤的金鑰數量
  models            用量資料中出現過的模型
  users             服務的使用者
  accounts          所有型別的上游帳戶
  export            所有金鑰及其資料，匯出為 CSV 或 JSON（--format）
  doctor            服務遺留的不一致之處，以及每項發現的修復方法

寫入命令（ID 為金鑰 ID 或唯一名稱；--read-only 會拒絕所有寫入命令）：
  create --name N [欄位選項]           新增金鑰；輸出其 ID 和 API Key（僅一次）
  batch-create --base-name B --count C  在一個事務中建立名為 B_1 ... B_C 的 C 個金鑰
  update ID [欄位選項]         只修改給出的欄位
  enable ID...  |  disable ID...
  set-expiry ID --expires-at T|--expires-in 30d|--never-expires [--enable]
  activate ID                  立即開始啟動模式金鑰的有效期
  renew ID --by 30d            延後過期時間
  regenerate ID                為金鑰產生新的 API Key；僅輸出一次
  delete ID...  |  restore ID...   移入回收桶 / 從回收桶恢復
  purge ID...                  永久刪除回收桶中的金鑰及其用量資料
  clear-trash                  永久刪除回收桶中的所有金鑰
  tag-rename OLD NEW  |  tag-delete TAG
  doctor --fix                 執行健康檢查建議的修復
purge、clear-trash、tag-delete 和 doctor --fix 會顯示將要進行的修改，並要求輸入 &quot;yes&quot;；--yes 跳過此詢問（沒有終端時必須使用）。

連線和服務設定按優先順序從低到高來自：服務的 .env 檔案（--env-file）、環境變數 REDIS_HOST、REDIS_PORT、REDIS_USERNAME、REDIS_PASSWORD、REDIS_DB、REDIS_ENABLE_TLS、ENCRYPTION_KEY、API_KEY_PREFIX、TIMEZONE_OFFSET，以及下列選項。機密資訊（密碼、ENCRYPTION_KEY）從不從選項中讀取，因為其他使用者能看到選項。

結束碼：0 成功，1 未找到，2 引數錯誤（也包括：需要確認），3 無法連線，4 命令失敗或寫入被拒絕（--read-only、唯讀資料庫），5 doctor 發現錯誤或警告，6 寫入未透過驗證（每個選項一條訊息，輸出到標準錯誤），7 與其他寫入者衝突，8 寫入已傳送後連線失敗（寫入可能已生效，也可能未生效）。</translation>
    </message>
    <message>
        <source>Redis host (default 127.0.0.1).</source>
        <translation>Redis 主機（預設 127.0.0.1）。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Redis port (default 6379).</source>
        <translation>Redis 連接埠（預設 6379）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Redis ACL user name.</source>
        <translation>Redis ACL 使用者名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Database number (default 0).</source>
        <translation>資料庫編號（預設 0）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Connect with TLS.</source>
        <translation>使用 TLS 連線。</translation>
    </message>
    <message>
        <source>CA certificate file (PEM).</source>
        <translation>CA 憑證檔案（PEM）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Client certificate file (PEM).</source>
        <translation>用戶端憑證檔案（PEM）。</translation>
    </message>
    <message>
        <source>Client key file (PEM).</source>
        <translation>用戶端私鑰檔案（PEM）。</translation>
    </message>
    <message>
        <source>Name to verify in the server&apos;s certificate.</source>
        <translation>要在伺服器憑證中驗證的名稱。</translation>
    </message>
    <message>
        <source>Connect and command timeout in seconds (default 15).</source>
        <translation>連線和命令超時，單位為秒（預設 15）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>The service&apos;s .env file.</source>
        <translation>服務的 .env 檔案。</translation>
    </message>
    <message>
        <source>The service&apos;s TIMEZONE_OFFSET in hours (default 8).</source>
        <translation>服務的 TIMEZONE_OFFSET，單位為小時（預設 8）。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>Evaluate &quot;today&quot;, expiry and windows at this ISO time instead of now.</source>
        <translation>以此 ISO 時間（而不是當前時間）計算「今天」、過期和時間窗。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>輸出 JSON 而不是文字。</translation>
    </message>
    <message>
        <source>list, export: include keys in the trash.</source>
        <translation>list、export：包含回收桶中的金鑰。</translation>
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
        <translation>export：寫入此檔案而不是標準輸出。</translation>
    </message>
    <message>
        <source>Language of the messages: %1 (default: the system&apos;s).</source>
        <translation>訊息的語言：%1（預設：跟隨系統）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>要執行的命令（見上文）。</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知語言「%1」；可用：%2。</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>未給出命令；請參閱 --help。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>未知命令「%1」；請參閱 --help。</translation>
    </message>
    <message>
        <source>%1 takes no arguments, but got &quot;%2&quot;.</source>
        <translation>%1 不接受引數，但收到了「%2」。</translation>
    </message>
    <message>
        <source>%1: %2 (ignored)</source>
        <translation>%1：%2（已忽略）</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port 必須是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>--db must be a database number from 0 up.</source>
        <translation>--db 必須是從 0 開始的資料庫編號。</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout 必須是正數秒數。</translation>
    </message>
    <message>
        <source>--timezone-offset must be a whole number of hours from -12 to 14.</source>
        <translation>--timezone-offset 必須是 -12 到 14 之間的整數小時。</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time, for example 2026-02-02T10:00:00Z.</source>
        <translation>--now 必須是 ISO 8601 日期時間，例如 2026-02-02T10:00:00Z。</translation>
    </message>
    <message>
        <source>No key has the id or name &quot;%1&quot;.</source>
        <translation>沒有 ID 或名稱為「%1」的金鑰。</translation>
    </message>
    <message>
        <source>%1 keys are named &quot;%2&quot;; give the id instead.</source>
        <translation>有 %1 個金鑰名為「%2」；請改用 ID。</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <source>redis version: %1</source>
        <translation>Redis 版本：%1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>API keys: %1 (%2 in the trash)</source>
        <translation>API Key：%1 個（回收桶中 %2 個）</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>帳戶：%1</translation>
    </message>
    <message>
        <source>data model: %1</source>
        <translation>資料模型：%1</translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation>唯讀：%1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>請求數</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>最後使用</translation>
    </message>
    <message>
        <source>LAST ACCOUNT</source>
        <translation>最後使用的帳戶</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 個金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>show needs one key id or name.</source>
        <translation>show 需要一個金鑰 ID 或名稱。</translation>
    </message>
    <message>
        <source>usage: %1 requests, %2 tokens in total; today %3 requests, %4 tokens</source>
        <translation>用量：共 %1 次請求、%2 個 Token；今日 %3 次請求、%4 個 Token</translation>
    </message>
    <message>
        <source>MALFORMED %1 = %2: %3</source>
        <translation>格式錯誤 %1 = %2：%3</translation>
    </message>
    <message>
        <source>recent records: %1</source>
        <translation>最近記錄：%1</translation>
    </message>
    <message>
        <source>lookup takes at most one argument: the key, or - to read it from standard input.</source>
        <translation>lookup 最多接受一個引數：金鑰本身，或用 - 表示從標準輸入讀取。</translation>
    </message>
    <message>
        <source>cannot read standard input.</source>
        <translation>無法讀取標準輸入。</translation>
    </message>
    <message>
        <source>No key matches. Either the key is unknown (or was deleted or regenerated), or the ENCRYPTION_KEY is not the service&apos;s.</source>
        <translation>沒有匹配的金鑰。可能是該金鑰未知（或已被刪除、重新產生），也可能是 ENCRYPTION_KEY 與服務的不一致。</translation>
    </message>
    <message>
        <source>(key hash missing)</source>
        <translation>（缺少金鑰雜湊）</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>金鑰數</translation>
    </message>
    <message>
        <source>IN TRASH</source>
        <translation>回收桶中</translation>
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
        <translation>使用者名</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>顯示名稱</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>(malformed: %1)</source>
        <translation>（格式錯誤：%1）</translation>
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
        <translation>型別</translation>
    </message>
    <message>
        <source>export needs --format csv or --format json.</source>
        <translation>export 需要 --format csv 或 --format json。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 written (%2 bytes)</source>
        <translation>已寫入 %1（%2 位元組）</translation>
    </message>
    <message>
        <source>create, update: the key&apos;s name.</source>
        <translation>create、update：金鑰的名稱。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>create, update: the key&apos;s description.</source>
        <translation>create、update：金鑰的描述。</translation>
    </message>
    <message>
        <source>create, update: a tag (repeat for more; update replaces the tags).</source>
        <translation>create、update：一個標籤（可重複指定多個；update 會替換原有標籤）。</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>update: remove every tag.</source>
        <translation>update：移除所有標籤。</translation>
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
        <translation>create、update：並行請求數（0 = 不限制）。</translation>
    </message>
    <message>
        <source>create, update: rate limit window in minutes.</source>
        <translation>create、update：速率限制時間窗，單位為分鐘。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>create, update: requests per window.</source>
        <translation>create、update：每個時間窗的請求數。</translation>
    </message>
    <message>
        <source>create, update: cost per window in USD.</source>
        <translation>create、update：每個時間窗的費用，單位為美元。</translation>
    </message>
    <message>
        <source>usd</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>create, update: daily cost limit in USD (0 = none).</source>
        <translation>create、update：每日費用限制，單位為美元（0 = 不限制）。</translation>
    </message>
    <message>
        <source>create, update: total cost limit in USD (0 = none).</source>
        <translation>create、update：總費用限制，單位為美元（0 = 不限制）。</translation>
    </message>
    <message>
        <source>create, update: weekly Opus cost limit in USD.</source>
        <translation>create、update：每週 Opus 費用限制，單位為美元。</translation>
    </message>
    <message>
        <source>create, update: a service the key may use: claude, gemini, openai, droid (repeat; none or &quot;all&quot; = every service).</source>
        <translation>create、update：金鑰可使用的服務：claude、gemini、openai、droid（可重複；不指定或 &quot;all&quot; = 所有服務）。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>create, update: a restricted model (repeat); turns model restriction on.</source>
        <translation>create、update：受限模型（可重複）；會開啟模型限制。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>update: turn model restriction off.</source>
        <translation>update：關閉模型限制。</translation>
    </message>
    <message>
        <source>create, update: an allowed client: claude_code, gemini_cli, codex_cli, droid_cli (repeat); turns client restriction on.</source>
        <translation>create、update：允許的用戶端：claude_code、gemini_cli、codex_cli、droid_cli（可重複）；會開啟用戶端限制。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <source>update: turn client restriction off.</source>
        <translation>update：關閉用戶端限制。</translation>
    </message>
    <message>
        <source>create, update: bound Claude account id (&quot;&quot; unbinds).</source>
        <translation>create、update：綁定的 Claude 帳戶 ID（&quot;&quot; 表示解除綁定）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>create, update: bound Claude Console account id.</source>
        <translation>create、update：綁定的 Claude Console 帳戶 ID。</translation>
    </message>
    <message>
        <source>create, update: bound Gemini account id.</source>
        <translation>create、update：綁定的 Gemini 帳戶 ID。</translation>
    </message>
    <message>
        <source>create, update: bound OpenAI account id.</source>
        <translation>create、update：綁定的 OpenAI 帳戶 ID。</translation>
    </message>
    <message>
        <source>create, update: bound Azure OpenAI account id.</source>
        <translation>create、update：綁定的 Azure OpenAI 帳戶 ID。</translation>
    </message>
    <message>
        <source>create, update: bound Bedrock account id.</source>
        <translation>create、update：綁定的 Bedrock 帳戶 ID。</translation>
    </message>
    <message>
        <source>create, update: bound Droid account id.</source>
        <translation>create、update：綁定的 Droid 帳戶 ID。</translation>
    </message>
    <message>
        <source>create, update: the owning user (id or user name); &quot;admin&quot; for none.</source>
        <translation>create、update：所屬使用者（ID 或使用者名）；&quot;admin&quot; 表示不屬於任何使用者。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>create, update, set-expiry: expiry date (ISO 8601; UTC unless an offset is given).</source>
        <translation>create、update、set-expiry：過期日期（ISO 8601；未給出時區偏移時為 UTC）。</translation>
    </message>
    <message>
        <source>create, update, set-expiry: expiry from now, e.g. 30d, 12h, 90m.</source>
        <translation>create、update、set-expiry：從現在起的有效時長，例如 30d、12h、90m。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>create, update, set-expiry: no expiry.</source>
        <translation>create、update、set-expiry：永不過期。</translation>
    </message>
    <message>
        <source>create, update: expire this long after the first use, e.g. 24h or 30d (activation mode).</source>
        <translation>create、update：首次使用後經過此時長過期，例如 24h 或 30d（啟動模式）。</translation>
    </message>
    <message>
        <source>create: create the key disabled.</source>
        <translation>create：建立時禁用該金鑰。</translation>
    </message>
    <message>
        <source>create, update: the icon as a data URL (data:image/png;base64,...).</source>
        <translation>create、update：以資料 URL 表示的圖示（data:image/png;base64,...）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>create, update: weekly limit reset day, 1 (Monday) to 7.</source>
        <translation>create、update：每週限制的重置日，1（週一）到 7。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>create, update: weekly limit reset hour, 0 to 23.</source>
        <translation>create、update：每週限制的重置小時，0 到 23。</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>create, update: cost multiplier of a service, e.g. claude=1.5 (repeat).</source>
        <translation>create、update：某個服務的費用倍率，例如 claude=1.5（可重複）。</translation>
    </message>
    <message>
        <source>service=rate</source>
        <translation>服務=倍率</translation>
    </message>
    <message>
        <source>batch-create: how many keys (2 to 500).</source>
        <translation>batch-create：金鑰數量（2 到 500）。</translation>
    </message>
    <message>
        <source>batch-create: the keys are named BASE_1, BASE_2, ...</source>
        <translation>batch-create：金鑰命名為 BASE_1、BASE_2、...</translation>
    </message>
    <message>
        <source>update: overwrite fields another writer changed meanwhile.</source>
        <translation>update：覆蓋其他寫入者在此期間修改過的欄位。</translation>
    </message>
    <message>
        <source>set-expiry: also enable the key.</source>
        <translation>set-expiry：同時啟用該金鑰。</translation>
    </message>
    <message>
        <source>renew: how much longer, e.g. 30d.</source>
        <translation>renew：延長多久，例如 30d。</translation>
    </message>
    <message>
        <source>doctor: run the repairs of the findings (asks first).</source>
        <translation>doctor：執行各項發現的修復（會先詢問）。</translation>
    </message>
    <message>
        <source>purge, clear-trash, tag-delete, doctor --fix: do not ask for confirmation.</source>
        <translation>purge、clear-trash、tag-delete、doctor --fix：不詢問確認。</translation>
    </message>
    <message>
        <source>Refuse every write command; nothing is sent to Redis.</source>
        <translation>拒絕所有寫入命令；不向 Redis 傳送任何內容。</translation>
    </message>
    <message>
        <source>The name recorded for writes (default: the system user name).</source>
        <translation>寫入時記錄的名字（預設：系統使用者名）。</translation>
    </message>
    <message>
        <source>The audit log file (default: the program&apos;s data directory).</source>
        <translation>稽核日誌檔案（預設：程式的資料目錄）。</translation>
    </message>
    <message>
        <source>The release to write for when the database is empty: 1.1.235 or 1.1.314 (default).</source>
        <translation>資料庫為空時按哪個版本寫入：1.1.235 或 1.1.314（預設）。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>give only one of --expires-at, --expires-in and --never-expires.</source>
        <translation>--expires-at、--expires-in 和 --never-expires 只能給出一個。</translation>
    </message>
    <message>
        <source>--expires-in must be a positive duration such as 30d, 12h or 90m.</source>
        <translation>--expires-in 必須是正的時長，例如 30d、12h 或 90m。</translation>
    </message>
    <message>
        <source>--expires-at must be an ISO 8601 date or date and time, for example 2026-12-31 or 2026-12-31T23:59:59Z.</source>
        <translation>--expires-at 必須是 ISO 8601 日期或日期時間，例如 2026-12-31 或 2026-12-31T23:59:59Z。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, but got &quot;%2&quot;.</source>
        <translation>--%1 必須是整數，但收到了「%2」。</translation>
    </message>
    <message>
        <source>--%1 must be a number such as 12.75, but got &quot;%2&quot;.</source>
        <translation>--%1 必須是數字，例如 12.75，但收到了「%2」。</translation>
    </message>
    <message>
        <source>give either --tag or --no-tags.</source>
        <translation>--tag 和 --no-tags 只能給出一個。</translation>
    </message>
    <message>
        <source>give either --model or --no-model-restriction.</source>
        <translation>--model 和 --no-model-restriction 只能給出一個。</translation>
    </message>
    <message>
        <source>give either --client or --no-client-restriction.</source>
        <translation>--client 和 --no-client-restriction 只能給出一個。</translation>
    </message>
    <message>
        <source>--service-rate must be service=multiplier, for example claude=1.5, but got &quot;%1&quot;.</source>
        <translation>--service-rate 必須是 服務=倍率，例如 claude=1.5，但收到了「%1」。</translation>
    </message>
    <message>
        <source>--activation sets the expiry at the first use; it cannot be combined with --expires-at or --expires-in.</source>
        <translation>--activation 會在首次使用時設定過期時間；不能與 --expires-at 或 --expires-in 同時使用。</translation>
    </message>
    <message>
        <source>--activation must be a number of hours or days, such as 24h or 30d.</source>
        <translation>--activation 必須是小時數或天數，例如 24h 或 30d。</translation>
    </message>
    <message>
        <source>--release must be 1.1.235 or 1.1.314.</source>
        <translation>--release 必須是 1.1.235 或 1.1.314。</translation>
    </message>
    <message>
        <source>%1 takes exactly one argument (a key id or name; a tag for tag-delete).</source>
        <translation>%1 只接受一個引數（金鑰 ID 或名稱；tag-delete 為標籤）。</translation>
    </message>
    <message>
        <source>tag-rename takes two arguments: the old and the new tag name.</source>
        <translation>tag-rename 需要兩個引數：舊標籤名和新標籤名。</translation>
    </message>
    <message>
        <source>%1 needs one or more key ids or names.</source>
        <translation>%1 需要一個或多個金鑰 ID 或名稱。</translation>
    </message>
    <message>
        <source>the key field options apply only to create, batch-create and update.</source>
        <translation>金鑰欄位選項只適用於 create、batch-create 和 update。</translation>
    </message>
    <message>
        <source>create needs --name.</source>
        <translation>create 需要 --name。</translation>
    </message>
    <message>
        <source>batch-create names its keys after --base-name; --name does not apply.</source>
        <translation>batch-create 按 --base-name 為金鑰命名；--name 不適用。</translation>
    </message>
    <message>
        <source>batch-create needs --base-name and --count.</source>
        <translation>batch-create 需要 --base-name 和 --count。</translation>
    </message>
    <message>
        <source>--count must be a whole number, but got &quot;%1&quot;.</source>
        <translation>--count 必須是整數，但收到了「%1」。</translation>
    </message>
    <message>
        <source>update needs at least one field option, such as --name or --daily-cost-limit.</source>
        <translation>update 至少需要一個欄位選項，例如 --name 或 --daily-cost-limit。</translation>
    </message>
    <message>
        <source>set-expiry needs --expires-at, --expires-in or --never-expires.</source>
        <translation>set-expiry 需要 --expires-at、--expires-in 或 --never-expires。</translation>
    </message>
    <message>
        <source>renew needs --by with a positive duration such as 30d, 12h or 90m.</source>
        <translation>renew 需要 --by 並給出正的時長，例如 30d、12h 或 90m。</translation>
    </message>
    <message>
        <source>doctor without --fix only reads.</source>
        <translation>不帶 --fix 的 doctor 唯讀取資料。</translation>
    </message>
    <message>
        <source>--operator must not be empty.</source>
        <translation>--operator 不能為空。</translation>
    </message>
    <message>
        <source>--owner: no user has the id or name &quot;%1&quot;.</source>
        <translation>--owner：沒有 ID 或使用者名為「%1」的使用者。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>「%1」（%2）</translation>
    </message>
    <message>
        <source>Nothing to repair: %1</source>
        <translation>無需修復：%1</translation>
    </message>
    <message numerus="yes">
        <source>Run these %n repair(s)?</source>
        <translation>
            <numerusform>執行這 %n 項修復？</numerusform>
        </translation>
    </message>
    <message>
        <source>--read-only: refusing to run &quot;%1&quot;, which writes; nothing was sent to Redis.</source>
        <translation>--read-only：拒絕執行會寫入的「%1」；未向 Redis 傳送任何內容。</translation>
    </message>
    <message>
        <source>Rate limit window must be a positive integer (minutes)</source>
        <translation>速率限制時間窗必須是正整數（分鐘）</translation>
    </message>
    <message>
        <source>Rate limit requests must be a positive integer</source>
        <translation>速率限制請求數必須是正整數</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收桶是空的。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n key(s) and all their usage data permanently?</source>
        <translation>
            <numerusform>永久刪除這 %n 個金鑰及其所有用量資料？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag &quot;%1&quot; from these %n key(s)?</source>
        <translation>
            <numerusform>從這 %n 個金鑰中移除標籤「%1」？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the trash; delete it first. Nothing was removed.</source>
        <translation>%1 不在回收桶中；請先刪除它。未移除任何內容。</translation>
    </message>
    <message>
        <source>new tag name</source>
        <translation>新標籤名</translation>
    </message>
    <message>
        <source>%1 needs confirmation: run it on a terminal, or add --yes. Nothing was changed.</source>
        <translation>%1 需要確認：請在終端中執行，或加上 --yes。未做任何修改。</translation>
    </message>
    <message>
        <source>Type yes to continue: </source>
        <translation>輸入 yes 繼續：</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>未確認；未做任何修改。</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (%2).</source>
        <translation>已建立「%1」（%2）。</translation>
    </message>
    <message>
        <source>API key, shown only this once:</source>
        <translation>API Key，僅顯示這一次：</translation>
    </message>
    <message>
        <source>New API key for &quot;%1&quot; (%2), shown only this once; the old one no longer works:</source>
        <translation>「%1」（%2）的新 API Key，僅顯示這一次；舊的已失效：</translation>
    </message>
    <message numerus="yes">
        <source>Created %n key(s); the API keys are shown only this once:</source>
        <translation>
            <numerusform>已建立 %n 個金鑰；API Key 僅顯示這一次：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>doctor --fix: %n finding(s) repaired.</source>
        <translation>
            <numerusform>doctor --fix：已修復 %n 項發現。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>沒有需要修改的內容。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) changed.</source>
        <translation>
            <numerusform>%1：已修改 %n 個金鑰。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list what would be removed: %1 Nothing was removed.</source>
        <translation>無法列出將要刪除的內容：%1 未刪除任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>In all %n Redis key(s) are deleted, and the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed.</source>
        <translation>
            <numerusform>共刪除 %n 個 Redis 鍵，並移除這些金鑰在 apikey:hash_map、費用排行以及鍵索引（如有）中的條目。</numerusform>
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
        <translation>介面語言：%1（預設：跟隨系統）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Relay Key Admin</source>
        <translation>Relay Key Admin</translation>
    </message>
    <message>
        <source>Show the program with made-up data: a private redis-server, filled with about 60 keys and 90 days of usage, stopped on exit.</source>
        <translation>使用虛構資料展示本程式：啟動一個私有的 redis-server，填入約 60 個金鑰和 90 天的用量，結束時停止。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation>&lt;ms&gt; 毫秒後結束（用於測試）。</translation>
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
        <translation>金鑰清單載入完成後，按費用排序，選中第一個金鑰，將主時間窗的截圖儲存到 &lt;file&gt; 並結束（用於文件和測試）。</translation>
    </message>
</context>
<context>
    <name>rka::app::DemoMode</name>
    <message>
        <source>Demo: starting a private redis-server…</source>
        <translation>演示：正在啟動私有的 redis-server…</translation>
    </message>
    <message>
        <source>Demo mode needs redis-server: %1</source>
        <translation>演示模式需要 redis-server：%1</translation>
    </message>
    <message>
        <source>Demo: redis-server on 127.0.0.1:%1 with made-up data; it stops when the program exits.</source>
        <translation>演示：redis-server 執行於 127.0.0.1:%1，使用虛構資料；程式結束時停止。</translation>
    </message>
    <message>
        <source>Demo mode cannot reach its redis-server: %1</source>
        <translation>演示模式無法連線其 redis-server：%1</translation>
    </message>
    <message>
        <source>Demo: writing 90 days of made-up keys and usage…</source>
        <translation>演示：正在寫入 90 天的虛構金鑰和用量…</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>無法寫入演示資料：%1</translation>
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
        <translation>連線已關閉。</translation>
    </message>
    <message>
        <source>This connection is read-only: %1 was not sent.</source>
        <translation>此連線為唯讀：未傳送 %1。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未傳送：%1</translation>
    </message>
    <message>
        <source>Not connected to %1; nothing was sent.</source>
        <translation>未連線到 %1；未傳送任何內容。</translation>
    </message>
    <message>
        <source>Nothing to write; the transaction was not started.</source>
        <translation>沒有要寫入的內容；未開始事務。</translation>
    </message>
    <message>
        <source>Another client changed %1 after it was read; nothing was written.</source>
        <translation>另一個用戶端在讀取後修改了 %1；未寫入任何內容。</translation>
    </message>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate.</source>
        <translation>無法讀取 CA 檔案 %1，或其中沒有 PEM 憑證。</translation>
    </message>
    <message>
        <source>The client certificate %1 could not be read as a PEM certificate.</source>
        <translation>無法將用戶端憑證 %1 讀取為 PEM 憑證。</translation>
    </message>
    <message>
        <source>The client key %1 could not be read (an unencrypted PEM RSA or EC key is needed).</source>
        <translation>無法讀取用戶端私鑰 %1（需要未加密的 PEM RSA 或 EC 私鑰）。</translation>
    </message>
    <message>
        <source>Authentication at %1 failed: %2</source>
        <translation>在 %1 認證失敗：%2</translation>
    </message>
    <message>
        <source>The server at %1 requires a password (and a user name for an ACL user): %2</source>
        <translation>%1 上的伺服器需要密碼（ACL 使用者還需要使用者名）：%2</translation>
    </message>
    <message>
        <source>Database %1 cannot be selected at %2: %3</source>
        <translation>無法在 %2 上選擇資料庫 %1：%3</translation>
    </message>
    <message>
        <source>The server at %1 refused PING: %2</source>
        <translation>%1 上的伺服器拒絕了 PING：%2</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply nobody asked for.</source>
        <translation>%1 上的伺服器傳送了未請求的回覆。</translation>
    </message>
    <message>
        <source>The server at %1 sent data that is not Redis protocol (%2).</source>
        <translation>%1 上的伺服器傳送的資料不是 Redis 協議（%2）。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (connect timeout). Check the host, the port, TLS and any firewall.</source>
        <translation>%1 在 %2 秒內沒有回應（連線超時）。請檢查主機、連接埠、TLS 以及防火牆。</translation>
    </message>
    <message>
        <source>No reply from %1 within %2 s; the connection was reset.</source>
        <translation>%1 在 %2 秒內沒有回覆；連線已重置。</translation>
    </message>
    <message>
        <source>Connection refused at %1. Is Redis running there, and is the port right?</source>
        <translation>%1 拒絕了連線。Redis 是否在該處執行，連接埠是否正確？</translation>
    </message>
    <message>
        <source>Host %1 was not found. Check the host name.</source>
        <translation>找不到主機 %1。請檢查主機名。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during the TLS handshake. Does it require a client certificate, or is TLS off on that port?</source>
        <translation>%1 上的伺服器在 TLS 握手期間關閉了連線。它是否需要用戶端憑證，或者該連接埠未啟用 TLS？</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection.</source>
        <translation>%1 上的伺服器關閉了連線。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match host name %1.</source>
        <translation>伺服器憑證與主機名 %1 不匹配。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is signed by an unknown authority. Choose the CA file that signed it.</source>
        <translation>伺服器憑證由未知的憑證授權單位簽發。請選擇簽發它的 CA 檔案。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>伺服器憑證已過期。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>伺服器憑證尚未生效。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since you accepted it; it was refused.</source>
        <translation>伺服器憑證在您接受後已更改；已被拒絕。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. If the server requires a client certificate, set one.</source>
        <translation>與 %1 的 TLS 握手失敗：%2。如果伺服器需要用戶端憑證，請進行設定。</translation>
    </message>
    <message>
        <source>The TLS session with %1 failed: %2. If the server requires a client certificate, set one in the TLS settings.</source>
        <translation>與 %1 的 TLS 會話失敗：%2。如果伺服器需要用戶端憑證，請在 TLS 設定中進行設定。</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>連線 %1 失敗：%2</translation>
    </message>
    <message>
        <source>A write was sent but no reply came (%1). It may or may not have been applied: check the data (or run the health check) before trying again.</source>
        <translation>寫入已傳送，但沒有收到回覆（%1）。它可能已生效，也可能未生效：請先檢查資料（或執行健康檢查）再重試。</translation>
    </message>
    <message>
        <source>The server at %1 offers only TLS versions older than 1.2, which are not secure enough and are refused (%2). Enable TLS 1.2 or 1.3 on the server.</source>
        <translation>%1 上的伺服器只提供低於 1.2 的 TLS 版本，安全性不足，已被拒絕（%2）。請在伺服器上啟用 TLS 1.2 或 1.3。</translation>
    </message>
</context>
<context>
    <name>rka::relay::KeyWriter</name>
    <message>
        <source>This database is opened read-only: %1</source>
        <translation>此資料庫以唯讀方式開啟：%1</translation>
    </message>
    <message>
        <source>This profile is read-only; nothing was written.</source>
        <translation>此設定檔為唯讀；未寫入任何內容。</translation>
    </message>
    <message>
        <source>The keys kept changing while the write was prepared (%1 attempts); nothing was written. Try again.</source>
        <translation>準備寫入期間金鑰不斷變化（嘗試了 %1 次）；未寫入任何內容。請重試。</translation>
    </message>
    <message>
        <source>The connection failed after the write was sent, so it may or may not have been applied. Reload the keys (or run the health check) to see which.</source>
        <translation>寫入已傳送後連線失敗，因此它可能已生效，也可能未生效。請重新載入金鑰（或執行健康檢查）來確認。</translation>
    </message>
    <message>
        <source>Redis refused part of the write (%1); the rest was applied. Run the health check.</source>
        <translation>Redis 拒絕了部分寫入（%1）；其餘部分已生效。請執行健康檢查。</translation>
    </message>
    <message>
        <source>Written. The check for other writers could not run: %1</source>
        <translation>已寫入。無法檢查其他寫入者：%1</translation>
    </message>
    <message>
        <source>Written, but another writer changed it back right after (%1). The live service rewrites a key on every request it serves; try again when the key is idle.</source>
        <translation>已寫入，但另一個寫入者隨即將其改回（%1）。正在執行的服務每處理一個請求都會重寫金鑰；請在該金鑰空閒時重試。</translation>
    </message>
    <message>
        <source>Creating a key needs the service&apos;s ENCRYPTION_KEY: the stored value is a hash of the key and it. Set it in the profile.</source>
        <translation>建立金鑰需要服務的 ENCRYPTION_KEY：儲存的值是金鑰與它的雜湊。請在設定檔中設定。</translation>
    </message>
    <message>
        <source>The system&apos;s random generator failed; no key was created.</source>
        <translation>系統隨機數產生器失敗；未建立金鑰。</translation>
    </message>
    <message>
        <source>A new key id is already taken; nothing was written.</source>
        <translation>新的金鑰 ID 已被佔用；未寫入任何內容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already activated or does not wait for its first use.</source>
        <translation>「%1」已啟動，或者不是等待首次使用的金鑰。</translation>
    </message>
    <message>
        <source>Regenerating a key needs the service&apos;s ENCRYPTION_KEY. Set it in the profile.</source>
        <translation>重新產生金鑰需要服務的 ENCRYPTION_KEY。請在設定檔中設定。</translation>
    </message>
    <message>
        <source>The system&apos;s random generator failed; nothing was changed.</source>
        <translation>系統隨機數產生器失敗；未做任何修改。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收桶是空的。</translation>
    </message>
    <message>
        <source>No key carries the tag &quot;%1&quot;.</source>
        <translation>沒有金鑰帶有標籤「%1」。</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n 條命令</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 未寫入任何內容。</translation>
    </message>
</context>
<context>
    <name>rka::support::FileSecretStore</name>
    <message>
        <source>The local secrets file %1 is a symbolic link; it is not used.</source>
        <translation>本地機密檔案 %1 是符號連結；不會使用它。</translation>
    </message>
    <message>
        <source>Cannot open the local secrets file %1: %2</source>
        <translation>無法開啟本地機密檔案 %1：%2</translation>
    </message>
    <message>
        <source>The local secrets file %1 is not a regular file; it is not used.</source>
        <translation>本地機密檔案 %1 不是普通檔案；不會使用它。</translation>
    </message>
    <message>
        <source>The local secrets file %1 belongs to another user. Nothing was read from it.</source>
        <translation>本地機密檔案 %1 屬於其他使用者。未從中讀取任何內容。</translation>
    </message>
    <message>
        <source>The local secrets file %1 can be read or changed by other users (mode %2). Nothing was read from it. Make it private with &quot;chmod 600 %1&quot;, or delete it and enter the secrets again.</source>
        <translation>本地機密檔案 %1 可被其他使用者讀取或修改（權限 %2）。未從中讀取任何內容。請用 &quot;chmod 600 %1&quot; 使其私有，或刪除它並重新輸入機密資訊。</translation>
    </message>
    <message>
        <source>Cannot read the local secrets file %1: %2</source>
        <translation>無法讀取本地機密檔案 %1：%2</translation>
    </message>
    <message>
        <source>The local secrets file %1 is damaged (not JSON); it was not changed.</source>
        <translation>本地機密檔案 %1 已損壞（不是 JSON）；未對其進行修改。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot write the local secrets file %1: %2</source>
        <translation>無法寫入本地機密檔案 %1：%2</translation>
    </message>
    <message>
        <source>The local secrets file holds no such secret.</source>
        <translation>本地機密檔案中沒有該機密資訊。</translation>
    </message>
</context>
<context>
    <name>rka::support::KeychainSecretStore</name>
    <message>
        <source>no details</source>
        <translation>無詳細資訊</translation>
    </message>
    <message>
        <source>The system keychain holds no such secret.</source>
        <translation>系統金鑰環中沒有該機密資訊。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>系統金鑰環拒絕訪問：%1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). A keychain needs a running Secret Service such as GNOME Keyring or KWallet. Choose to type the secrets each time, or to keep them in the local file that is not encrypted.</source>
        <translation>沒有可用的系統金鑰環（%1）。金鑰環需要正在執行的 Secret Service，例如 GNOME Keyring 或 KWallet。請選擇每次輸入機密資訊，或將其儲存在未加密的本地檔案中。</translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret: %1</source>
        <translation>系統金鑰環無法刪除該機密資訊：%1</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>系統金鑰環在 %n 秒內沒有回應。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::support::PromptSecretStore</name>
    <message>
        <source>This profile keeps no secrets; type it to connect.</source>
        <translation>此設定檔不儲存機密資訊；請輸入後連線。</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>Column: who made the change (the operating user)</extracomment>
        <translation>操作員</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Changes</source>
        <extracomment>Column: the changed fields, before and after</extracomment>
        <translation>更改</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
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
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <extracomment>A legend entry of a pie chart: %1 = the slice&apos;s name, %2 = its share in per cent</extracomment>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存為 PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>將圖表儲存為 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>無法將圖片儲存到 %1。</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Command</source>
        <extracomment>Column: the Redis command name</extracomment>
        <translation>命令</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column: the Redis key the command works on</extracomment>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>Column: how many commands of this name the row stands for</extracomment>
        <translation>次數</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗時</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>rka::ui::ConflictDialog</name>
    <message numerus="yes">
        <source>While you edited this key, someone else changed %n of the fields you changed too. Nothing has been written yet. Keep your values, take the stored ones for these fields (your other changes are still saved), or cancel and go on editing.</source>
        <translation>
            <numerusform>在您編輯該金鑰期間，其他人修改了您也修改過的 %n 個欄位。尚未寫入任何內容。您可以保留自己的值、對這些欄位採用已儲存的值（您的其他修改仍會儲存），或取消並繼續編輯。</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的值</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <extracomment>Conflict table column: the value another writer stored.</extracomment>
        <translation>他人的值（當前儲存）</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <extracomment>Conflict table column: the value when the editor was opened.</extracomment>
        <translation>開啟時的值</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>採用他人的(&amp;T)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <extracomment>A field that is absent from the key.</extracomment>
        <translation>（未設定）</translation>
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
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>選擇 CA 憑證</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>選擇用戶端憑證</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>選擇用戶端私鑰</translation>
    </message>
    <message>
        <source>Enter the host name or address of the Redis server.</source>
        <translation>請輸入 Redis 伺服器的主機名或地址。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space.</source>
        <translation>主機名「%1」包含空格。</translation>
    </message>
    <message>
        <source>An ACL user needs a password.</source>
        <translation>ACL 使用者需要密碼。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 檔案</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>用戶端憑證</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>用戶端私鑰</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist or cannot be read.</source>
        <translation>%1 %2 不存在或無法讀取。</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key needs its certificate.</source>
        <translation>用戶端憑證需要對應的私鑰，私鑰也需要對應的憑證。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>PEM 檔案 (*.pem *.crt *.key *.cer);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>rka::ui::DashboardWidget</name>
    <message>
        <source>Range:</source>
        <extracomment>The time range of the dashboard</extracomment>
        <translation>範圍：</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Start date of a custom range</extracomment>
        <translation>從</translation>
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
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Model mix across keys</source>
        <translation>各金鑰的模型構成</translation>
    </message>
    <message>
        <source>Keys closest to their limits (click to select)</source>
        <translation>最接近限制的金鑰（點選選擇）</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>開始日期晚於結束日期。</translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n day(s).</source>
        <translation>
            <numerusform>最多選擇 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Could not read the costs: %1</source>
        <translation>無法讀取費用：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1: %2 spent by %3.</source>
        <extracomment>%1 = the range, %2 = the cost, %3 = &quot;N keys&quot;</extracomment>
        <translation>%1：%3 共花費 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) with cost</source>
        <translation>
            <numerusform>%n 個有費用的金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>Total cost per day (USD)</source>
        <translation>每日總費用（美元）</translation>
    </message>
    <message>
        <source>Total cost per day (USD), %1 to %2</source>
        <translation>每日總費用（美元），%1 至 %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>No key has a cost in this range (%1).</source>
        <translation>此範圍內沒有金鑰產生費用（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Top %n key(s) by cost, %1</source>
        <extracomment>%n = how many keys, %1 = the range</extracomment>
        <translation>
            <numerusform>費用最高的 %n 個金鑰，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No usage by model in this range.</source>
        <translation>此範圍內沒有按模型劃分的用量。</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 數</translation>
    </message>
    <message>
        <source>Tokens by model</source>
        <translation>按模型的 Token 數</translation>
    </message>
</context>
<context>
    <name>rka::ui::EditorPage</name>
    <message>
        <source>Set</source>
        <extracomment>Batch edit: ticked = this field is set on every selected key, unticked = each key keeps its value.</extracomment>
        <translation>設定</translation>
    </message>
    <message>
        <source>Tick to set this on every selected key; unticked, each key keeps its own value.</source>
        <translation>勾選後將此項設定到每個選中的金鑰；不勾選時，每個金鑰保留自己的值。</translation>
    </message>
</context>
<context>
    <name>rka::ui::HealthDialog</name>
    <message>
        <source>Health Check</source>
        <translation>健康檢查</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column: the API key a health finding is about.</extracomment>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Redis keys</source>
        <extracomment>Column: number of Redis keys a health finding involves.</extracomment>
        <translation>Redis 鍵</translation>
    </message>
    <message>
        <source>Select a finding to see what is wrong and what its repair does.</source>
        <translation>選擇一項發現，檢視問題所在以及修復會做什麼。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Repair checked…</source>
        <translation>修復勾選項(&amp;R)…</translation>
    </message>
    <message>
        <source>The health check failed: %1</source>
        <translation>健康檢查失敗：%1</translation>
    </message>
    <message>
        <source>This profile or database is read-only: the repairs are shown, not run.</source>
        <translation>此設定檔或資料庫為唯讀：只顯示修復內容，不會執行。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n key(s)…</source>
        <translation>
            <numerusform>正在檢查 %n 個金鑰…</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis keys involved:</source>
        <translation>涉及的 Redis 鍵：</translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation>修復：</translation>
    </message>
    <message>
        <source>This profile or database is read-only; nothing was repaired.</source>
        <translation>此設定檔或資料庫為唯讀；未進行任何修復。</translation>
    </message>
    <message>
        <source>Check the findings to repair first.</source>
        <translation>請先勾選要修復的發現。</translation>
    </message>
    <message>
        <source>delete %1</source>
        <extracomment>A line of the repair question: %1 is a Redis key that the repairs delete.</extracomment>
        <translation>刪除 %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <extracomment>A line of the repair question: %1 is a Redis key that the repairs change.</extracomment>
        <translation>修改 %1</translation>
    </message>
    <message numerus="yes">
        <source>Run %n repair(s)?</source>
        <translation>
            <numerusform>執行 %n 項修復？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… 還有 %n 項（見詳細資訊）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未寫入任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Repair %n finding(s)</source>
        <translation>
            <numerusform>修復 %n 項發現</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>正在修復…</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n finding(s).</source>
        <translation>
            <numerusform>已修復 %n 項發現。</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis keys deleted: %1, changed: %2.</source>
        <extracomment>%1 and %2: numbers of Redis keys that the repairs delete and change.</extracomment>
        <translation>將刪除的 Redis 鍵：%1，將修改的：%2。</translation>
    </message>
</context>
<context>
    <name>rka::ui::IconPicker</name>
    <message>
        <source>&amp;Choose image…</source>
        <translation>選擇圖片(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove &amp;icon</source>
        <translation>移除圖示(&amp;I)</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: it does not exist or is not readable.</source>
        <extracomment>%1 is a file name.</extracomment>
        <translation>無法開啟「%1」：它不存在或不可讀取。</translation>
    </message>
    <message>
        <source>“%1” is %2; choose an image file of at most %3.</source>
        <translation>「%1」的大小為 %2；請選擇不超過 %3 的圖片檔案。</translation>
    </message>
    <message>
        <source>“%1” is not an image this program can read (damaged, or a format without a Qt image plugin). Choose a PNG, JPEG, SVG or WebP file.</source>
        <translation>「%1」不是本程式能讀取的圖片（已損壞，或其格式沒有 Qt 圖片外掛）。請選擇 PNG、JPEG、SVG 或 WebP 檔案。</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; images larger than %4×%4 are refused.</source>
        <translation>「%1」為 %2×%3 畫素；大於 %4×%4 的圖片會被拒絕。</translation>
    </message>
    <message>
        <source>“%1” could not be decoded: %2. The file may be damaged.</source>
        <extracomment>%1 is a file name, %2 the image library&apos;s reason.</extracomment>
        <translation>無法解碼「%1」：%2。檔案可能已損壞。</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>圖片為空。</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG.</source>
        <translation>無法將圖片轉換為 PNG。</translation>
    </message>
    <message>
        <source>The converted icon is %1, more than the %2 a key may hold.</source>
        <translation>轉換後的圖示大小為 %1，超過了一個金鑰可容納的 %2。</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <extracomment>File dialog filter; %1 is a list of patterns such as *.png *.jpg.</extracomment>
        <translation>圖片 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose an icon for the key</source>
        <translation>為金鑰選擇圖示</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>無圖示</translation>
    </message>
    <message>
        <source>Choose a PNG, JPEG, SVG or WebP image; it is scaled to fit %1×%1 pixels and stored in the key as a PNG.</source>
        <translation>選擇 PNG、JPEG、SVG 或 WebP 圖片；它會縮放到 %1×%1 畫素以內，並以 PNG 格式儲存在金鑰中。</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>The stored icon is not an image that can be shown (%1 characters).</source>
        <translation>儲存的圖示不是可顯示的圖片（%1 個字元）。</translation>
    </message>
    <message>
        <source>%1×%2 pixels, stored as %3 of text.</source>
        <extracomment>%1×%2 is the icon&apos;s size in pixels, %3 the size of the stored text.</extracomment>
        <translation>%1×%2 畫素，儲存為 %3 的文字。</translation>
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
        <translation>圖表顯示的天數，以及模型佔比所統計的天數</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <extracomment>The split of a key&apos;s usage by AI model</extracomment>
        <translation>按模型的用量</translation>
    </message>
    <message>
        <source>Days and hours are the service&apos;s, in its time zone (UTC%1). The service keeps daily costs for 30 days, daily usage and usage by model for 32 days and hourly costs for 7 days; earlier buckets show 0.</source>
        <translation>日期和小時以服務所在時區（UTC%1）為準。服務保留 30 天的每日費用、32 天的每日用量和按模型用量，以及 7 天的每小時費用；更早的資料顯示為 0。</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>未選擇金鑰</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Select a key to see its charts.</source>
        <translation>選擇一個金鑰以檢視其圖表。</translation>
    </message>
    <message>
        <source>Could not read the usage data: %1</source>
        <translation>無法讀取用量資料：%1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <source>%1 to %2 (service time)</source>
        <translation>%1 至 %2（服務時間）</translation>
    </message>
    <message>
        <source>Cost %1 · %2 · %3 tokens</source>
        <extracomment>%1 = cost, %2 = number of requests, %3 = number of tokens, over the chosen days</extracomment>
        <translation>費用 %1 · %2 · %3 個 Token</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 次請求</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per day (USD)</source>
        <translation>每日費用（美元）</translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>A chart series: money spent</extracomment>
        <translation>費用</translation>
    </message>
    <message>
        <source>Cost per hour, last 7 days (USD)</source>
        <translation>每小時費用，最近 7 天（美元）</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>每日請求數</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求數</translation>
    </message>
    <message>
        <source>Tokens per day</source>
        <translation>每日 Token 數</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Cache create</source>
        <extracomment>Tokens written to the prompt cache</extracomment>
        <translation>快取建立</translation>
    </message>
    <message>
        <source>Cache read</source>
        <extracomment>Tokens read from the prompt cache</extracomment>
        <translation>快取讀取</translation>
    </message>
    <message>
        <source>Not split</source>
        <extracomment>Tokens of old data that the service did not split into input, output and cache</extracomment>
        <translation>未拆分</translation>
    </message>
    <message>
        <source>No usage by model in these days.</source>
        <translation>這些天內沒有按模型劃分的用量。</translation>
    </message>
    <message>
        <source>Tokens by model</source>
        <translation>按模型的 Token 數</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 數</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyDetailWidget</name>
    <message>
        <source>Requests</source>
        <translation>請求數</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>輸入 Token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>輸出 Token</translation>
    </message>
    <message>
        <source>Cache create tokens</source>
        <translation>快取建立 Token</translation>
    </message>
    <message>
        <source>Cache read tokens</source>
        <translation>快取讀取 Token</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>全部 Token</translation>
    </message>
    <message>
        <source>Select a key</source>
        <translation>選擇一個金鑰</translation>
    </message>
    <message>
        <source>Copy id</source>
        <extracomment>The id of the API key (not the secret key itself)</extracomment>
        <translation>複製 ID</translation>
    </message>
    <message>
        <source>Copy the key&apos;s id to the clipboard</source>
        <translation>將金鑰的 ID 複製到剪貼簿</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Malformed values: shown as stored; nothing was changed</source>
        <translation>格式錯誤的值：按儲存內容顯示；未做任何修改</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
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
        <translation>服務</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Model restriction</source>
        <translation>模型限制</translation>
    </message>
    <message>
        <source>Client restriction</source>
        <translation>用戶端限制</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Expiry mode</source>
        <extracomment>Row label: how the key expires (fixed date, or a period from first use)</extracomment>
        <translation>過期方式</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Last used at</source>
        <translation>最後使用時間</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Service rates</source>
        <translation>服務倍率</translation>
    </message>
    <message>
        <source>Weekly reset</source>
        <extracomment>Row label: when the weekly Opus cost counter starts again</extracomment>
        <translation>每週重置</translation>
    </message>
    <message>
        <source>Codex adaptation</source>
        <translation>Codex 適配</translation>
    </message>
    <message>
        <source>Payload rules</source>
        <translation>酬載規則</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他欄位</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
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
        <translation>費用與限制</translation>
    </message>
    <message>
        <source>Opus this week</source>
        <translation>本週 Opus</translation>
    </message>
    <message>
        <source>Rate limit window</source>
        <translation>速率限制時間窗</translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>Row label: the length of the rate-limit window</extracomment>
        <translation>時間窗</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 數</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Concurrency and last use</source>
        <translation>並行與最後使用</translation>
    </message>
    <message>
        <source>Running now</source>
        <extracomment>Row label: requests running right now against the key&apos;s concurrency limit</extracomment>
        <translation>當前執行</translation>
    </message>
    <message>
        <source>Last account</source>
        <translation>最後使用的帳戶</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>帳戶型別</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>最後請求</translation>
    </message>
    <message>
        <source>Malformed %1: “%2” (%3)</source>
        <extracomment>A stored value that does not match its format: %1 the field, %2 the value, %3 why</extracomment>
        <translation>格式錯誤的 %1：「%2」（%3）</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <extracomment>After the malformed value: what the service makes of it</extracomment>
        <translation>讀作：%1</translation>
    </message>
    <message>
        <source>The limit is malformed: “%1”</source>
        <translation>該限制格式錯誤：「%1」</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（無名稱）</translation>
    </message>
    <message>
        <source>Shared pool (no dedicated account)</source>
        <extracomment>The key is not bound to a dedicated account: the service picks one from the shared pool</extracomment>
        <translation>共享池（無專屬帳戶）</translation>
    </message>
    <message>
        <source>Averages: %1 RPM, %2 TPM; per day %3 requests, %4 tokens</source>
        <extracomment>Average rates since the key was created: %1 requests per minute, %2 tokens per minute, %3 requests per day, %4 tokens per day</extracomment>
        <translation>平均：%1 RPM，%2 TPM；每天 %3 次請求，%4 個 Token</translation>
    </message>
    <message>
        <source>Week or reset period read: %1</source>
        <translation>讀取的周或重置週期：%1</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>無記錄</translation>
    </message>
    <message>
        <source>Deleted account</source>
        <extracomment>The account that served the key&apos;s last request no longer exists; %1 is its id</extracomment>
        <translation>已刪除的帳戶</translation>
    </message>
    <message>
        <source>Deleted account (%1)</source>
        <translation>已刪除的帳戶（%1）</translation>
    </message>
    <message>
        <source>The newest usage record names an account that no longer exists.</source>
        <translation>最新的用量記錄指向一個已不存在的帳戶。</translation>
    </message>
    <message>
        <source>Unknown: the account is gone</source>
        <translation>未知：該帳戶已不存在</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a readable account type, %2 the service&apos;s own type name</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>No rate limit window is set</source>
        <translation>未設定速率限制時間窗</translation>
    </message>
    <message>
        <source>Not active: the next request starts a window</source>
        <translation>未啟動：下一個請求會開始一個時間窗</translation>
    </message>
    <message>
        <source>Over since %1; the next request starts a new window</source>
        <translation>已於 %1 結束；下一個請求會開始新時間窗</translation>
    </message>
    <message>
        <source>Resets in %1 (at %2)</source>
        <extracomment>%1 the time left in the rate-limit window, %2 when it ends</extracomment>
        <translation>%1後重置（%2）</translation>
    </message>
    <message>
        <source>%1 = “%3”: %2</source>
        <extracomment>One malformed field: %1 its name, %2 why, %3 the stored value (shortened)</extracomment>
        <translation>%1 = 「%3」：%2</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorBasicsPage</name>
    <message>
        <source>Add these tags</source>
        <extracomment>Batch edit: what happens to the tags of each selected key.</extracomment>
        <translation>新增這些標籤</translation>
    </message>
    <message>
        <source>Remove these tags</source>
        <translation>移除這些標籤</translation>
    </message>
    <message>
        <source>Replace all tags with these</source>
        <translation>將所有標籤替換為這些</translation>
    </message>
    <message>
        <source>Basics</source>
        <extracomment>Editor section with the API key&apos;s name, owner, status and tags.</extracomment>
        <translation>基本資訊</translation>
    </message>
    <message>
        <source>Base &amp;name:</source>
        <translation>基礎名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Keys are named &lt;base&gt;_1, &lt;base&gt;_2, …</source>
        <translation>金鑰將命名為 &lt;base&gt;_1、&lt;base&gt;_2、…</translation>
    </message>
    <message>
        <source>Admin</source>
        <extracomment>Owner choice: the key belongs to the administrators, not to a user.</extracomment>
        <translation>管理員</translation>
    </message>
    <message>
        <source>%1 — disabled</source>
        <extracomment>Owner choice for a user account that is disabled.</extracomment>
        <translation>%1 — 已禁用</translation>
    </message>
    <message>
        <source>⚠ %1 (user missing)</source>
        <extracomment>Owner choice: the key names a user id that does not exist.</extracomment>
        <translation>⚠ %1（使用者不存在）</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorBindingsPage</name>
    <message>
        <source>None ticked = the key may use all services.</source>
        <translation>不勾選 = 該金鑰可以使用所有服務。</translation>
    </message>
    <message>
        <source>Services and accounts</source>
        <extracomment>Editor section: which services the API key may use and which accounts serve it.</extracomment>
        <translation>服務與帳戶</translation>
    </message>
    <message>
        <source>Shared pool (no binding)</source>
        <extracomment>Account binding choice: no dedicated account, the service picks from all accounts.</extracomment>
        <translation>共享池（不綁定）</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <extracomment>Account binding choice: %1 is an account group&apos;s name.</extracomment>
        <translation>帳戶群組：%1</translation>
    </message>
    <message>
        <source>⚠ %1 (account missing)</source>
        <extracomment>A key&apos;s binding names an account (or group) that no longer exists.</extracomment>
        <translation>⚠ %1（帳戶不存在）</translation>
    </message>
    <message>
        <source>The key may not use this service; the binding is kept but unused.</source>
        <translation>該金鑰不允許使用此服務；綁定會保留但不會使用。</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>This database is open read-only: %1</source>
        <translation>此資料庫以唯讀方式開啟：%1</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>新增 API Key</translation>
    </message>
    <message>
        <source>Create an API key. The key itself is shown once, after it is created.</source>
        <translation>建立一個 API Key。金鑰本身只在建立後顯示一次。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>New API keys</source>
        <translation>新增多個 API Key</translation>
    </message>
    <message>
        <source>Create %1 to %2 API keys with the same settings, named from a base name. The keys are shown once, after they are created.</source>
        <translation>以相同設定建立 %1 到 %2 個 API Key，按基礎名稱命名。這些金鑰只在建立後顯示一次。</translation>
    </message>
    <message>
        <source>&amp;Create keys</source>
        <translation>建立金鑰(&amp;C)</translation>
    </message>
    <message>
        <source>Edit API key “%1”</source>
        <extracomment>%1 is the API key&apos;s name.</extracomment>
        <translation>編輯 API Key「%1」</translation>
    </message>
    <message>
        <source>Only the fields you change are written. Key id: %1</source>
        <translation>只寫入您修改的欄位。金鑰 ID：%1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n API key(s)</source>
        <translation>
            <numerusform>編輯 %n 個 API Key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick a field to set it on all %n selected key(s); fields left unticked keep each key&apos;s own value.</source>
        <translation>
            <numerusform>勾選欄位即可將其設定到所有 %n 個選中的金鑰；未勾選的欄位保留各金鑰自己的值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n key(s)</source>
        <translation>
            <numerusform>應用到 %n 個金鑰(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <extracomment>Section list entry with errors: %1 is the section&apos;s name.</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Create %1 keys named %2_1 … %2_%1</source>
        <translation>建立 %1 個金鑰，命名為 %2_1 … %2_%1</translation>
    </message>
    <message>
        <source>Create the key “%1”</source>
        <translation>建立金鑰「%1」</translation>
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
            <numerusform>修改 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Batch edit change line: %1 field, %2 the value every selected key gets.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Tags: add %1</source>
        <translation>標籤：新增 %1</translation>
    </message>
    <message>
        <source>Tags: remove %1</source>
        <translation>標籤：移除 %1</translation>
    </message>
    <message>
        <source>Tags: replace with %1</source>
        <translation>標籤：替換為 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention (marked in red); nothing was written.</source>
        <translation>
            <numerusform>%n 個欄位需要注意（紅色標記）；未寫入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected; nothing was written.</source>
        <translation>未連線；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Creating keys needs the service&apos;s ENCRYPTION_KEY (the stored value is a hash of the key and that secret). Set it in the connection profile; nothing was written.</source>
        <translation>建立金鑰需要服務的 ENCRYPTION_KEY（儲存的值是金鑰與該機密的雜湊）。請在連線設定檔中設定；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was written.</source>
        <translation>未確認；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在建立…</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>沒有任何修改。</translation>
    </message>
    <message>
        <source>Tick at least one field to change; nothing was written.</source>
        <translation>請至少勾選一個要修改的欄位；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Change reverted</source>
        <translation>修改已被還原</translation>
    </message>
    <message>
        <source>The connection failed after the change was sent, so it may or may not have been written. Reload the key list to see. (%1)</source>
        <translation>修改已傳送後連線失敗，因此它可能已寫入，也可能未寫入。請重新載入金鑰清單檢視。（%1）</translation>
    </message>
    <message>
        <source>The change could not be written.</source>
        <translation>無法寫入修改。</translation>
    </message>
    <message>
        <source>Nothing was written. The key was changed by someone else; review the fields and save again, or cancel.</source>
        <translation>未寫入任何內容。該金鑰已被他人修改；請檢查各欄位後再次儲存，或取消。</translation>
    </message>
    <message>
        <source>Activate “%1” now</source>
        <extracomment>Confirmation line for manual activation of an API key; %1 is its name.</extracomment>
        <translation>立即啟動「%1」</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <source>The key is activated.</source>
        <translation>金鑰已啟動。</translation>
    </message>
    <message numerus="yes">
        <source>Renew “%1” by %n day(s)</source>
        <extracomment>Confirmation line for renewing an API key; %1 its name, %n days.</extracomment>
        <translation>
            <numerusform>將「%1」續期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>正在續期…</translation>
    </message>
    <message>
        <source>The key is renewed.</source>
        <translation>金鑰已續期。</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorExpiryPage</name>
    <message>
        <source>Never expires</source>
        <extracomment>Expiry choice: never, or pick a date and time.</extracomment>
        <translation>永不過期</translation>
    </message>
    <message>
        <source>Custom date and time</source>
        <translation>自定義日期和時間</translation>
    </message>
    <message>
        <source>days</source>
        <extracomment>Unit of the activation period (first-use activation)</extracomment>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>Renew: extend the expiry by a period, e.g. &quot;by 30 days&quot;</extracomment>
        <translation>延長 %1</translation>
    </message>
    <message>
        <source>Activation on first use suits keys handed out in advance: the period starts with the key&apos;s first request (or with “Activate now”).</source>
        <translation>首次使用啟動適合預先分發的金鑰：有效期從金鑰的第一個請求（或「立即啟動」）開始計算。</translation>
    </message>
    <message>
        <source>Expiry</source>
        <extracomment>Editor section: when the API key expires, or activation on first use.</extracomment>
        <translation>過期</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
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
        <translation>該金鑰永不過期。</translation>
    </message>
    <message>
        <source>This date is in the past: the key will be refused as expired.</source>
        <translation>該日期已經過去：金鑰會因過期而被拒絕。</translation>
    </message>
    <message>
        <source>The key expires on %1.</source>
        <translation>該金鑰將於 %1 過期。</translation>
    </message>
    <message numerus="yes">
        <source>The key activates on its first request and expires %n hour(s) later.</source>
        <translation>
            <numerusform>該金鑰在首次請求時啟動，%n 小時後過期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key activates on its first request and expires %n day(s) later.</source>
        <translation>
            <numerusform>該金鑰在首次請求時啟動，%n 天后過期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not activated yet: runs for %n hour(s) from its first use.</source>
        <extracomment>Activation state of an API key that has never been used.</extracomment>
        <translation>
            <numerusform>尚未啟動：從首次使用起有效 %n 小時。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not activated yet: runs for %n day(s) from its first use.</source>
        <translation>
            <numerusform>尚未啟動：從首次使用起有效 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Activated at %1.</source>
        <translation>已於 %1 啟動。</translation>
    </message>
    <message>
        <source>Expired at %1.</source>
        <translation>已於 %1 過期。</translation>
    </message>
    <message>
        <source>Expires at %1.</source>
        <translation>將於 %1 過期。</translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>永不過期。</translation>
    </message>
    <message>
        <source>Starts the period now, counting in the key&apos;s own unit (hours or days).</source>
        <translation>立即開始有效期，按金鑰自己的單位（小時或天）計算。</translation>
    </message>
    <message>
        <source>Only a key that waits for its first use can be activated.</source>
        <translation>只有等待首次使用的金鑰才能啟動。</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorIconPage</name>
    <message>
        <source>&amp;Icon:</source>
        <translation>圖示(&amp;I)：</translation>
    </message>
    <message>
        <source>The icon helps to tell keys apart in the key list. The service itself stores it but does not show it.</source>
        <translation>圖示有助於在金鑰清單中區分各個金鑰。服務本身會儲存圖示，但不會顯示它。</translation>
    </message>
    <message>
        <source>Icon</source>
        <extracomment>Editor section: the API key&apos;s icon.</extracomment>
        <translation>圖示</translation>
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
        <translation>留空或 0 表示不限制。費用以美元計，可以有小數；其他限制為整數。時間窗限制只有在設定了速率時間窗時才生效。每週 Opus 限制只統計 Opus 模型。</translation>
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
        <translation>無</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorRestrictionsPage</name>
    <message>
        <source>How the service applies this list: on the Claude routes (/api/v1/messages and the OpenAI-to-Claude route) the listed models are refused; on the Gemini-compatible route only the listed models are allowed; the /openai routes ignore the list. Model ids must match exactly.</source>
        <translation>服務應用此清單的方式：在 Claude 路由（/api/v1/messages 以及 OpenAI 轉 Claude 路由）上拒絕清單中的模型；在 Gemini 相容路由上只允許清單中的模型；/openai 路由忽略此清單。模型 ID 必須完全匹配。</translation>
    </message>
    <message>
        <source>Clients are recognised by their User-Agent. With the restriction on and no client ticked, the restriction has no effect.</source>
        <translation>用戶端透過其 User-Agent 識別。開啟限制但未勾選任何用戶端時，限制不起作用。</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <extracomment>Editor section: model and client restrictions of the API key.</extracomment>
        <translation>限制條件</translation>
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
        <translation>搜尋名稱、描述、ID、所有者、標籤——或貼上 API Key</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意狀態</translation>
    </message>
    <message>
        <source>Only keys with this tag</source>
        <translation>僅顯示帶有此標籤的金鑰</translation>
    </message>
    <message>
        <source>Only keys that used this model</source>
        <translation>僅顯示使用過此模型的金鑰</translation>
    </message>
    <message>
        <source>Only keys of this owner</source>
        <translation>僅顯示此所有者的金鑰</translation>
    </message>
    <message>
        <source>Only keys bound to this account</source>
        <translation>僅顯示綁定到此帳戶的金鑰</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有標籤</translation>
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
        <translation>所有帳戶</translation>
    </message>
    <message>
        <source>The period the cost, token and request columns cover</source>
        <extracomment>The period (today, last 7 days, ...) of the cost, token and request columns</extracomment>
        <translation>費用、Token 和請求列所涵蓋的時間段</translation>
    </message>
    <message>
        <source>Admin (no user)</source>
        <translation>管理員（非使用者）</translation>
    </message>
    <message>
        <source>Shared pool (no binding)</source>
        <extracomment>The keys that are bound to no account and use the shared pool of accounts</extracomment>
        <translation>共享池（不綁定）</translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyTableModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Bound accounts</source>
        <translation>綁定帳戶</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <extracomment>Column header: cost over a time range, %1 = &quot;Today&quot;, &quot;Last 7 days&quot;, ...</extracomment>
        <translation>費用（%1）</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 數</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求數</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最後使用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>過期時間</translation>
    </message>
    <message>
        <source>∞ no limit</source>
        <translation>∞ 不限制</translation>
    </message>
    <message>
        <source>window %1 left</source>
        <extracomment>Time left in the running rate-limit window, e.g. &quot;window 0:42 left&quot;</extracomment>
        <translation>時間窗剩餘 %1</translation>
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
        <translation>從未使用</translation>
    </message>
    <message numerus="yes">
        <source>not activated (%n hour(s))</source>
        <extracomment>Activation mode: the key expires %n hours after its first use</extracomment>
        <translation>
            <numerusform>未啟動（%n 小時）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not activated (%n day(s))</source>
        <extracomment>Activation mode: the key expires %n days after its first use</extracomment>
        <translation>
            <numerusform>未啟動（%n 天）</numerusform>
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
        <translation>已於 %1 過期</translation>
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
            <numerusform>%n 個欄位的值格式錯誤。</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>無標籤</translation>
    </message>
    <message>
        <source>Expired at %1</source>
        <translation>已於 %1 過期</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>尚未載入</translation>
    </message>
    <message>
        <source>%1
Cost: $%2
Requests: %3
Tokens: %4</source>
        <extracomment>%1 = time range, %2 = cost, %3 = requests, %4 = tokens</extracomment>
        <translation>%1
費用：$%2
請求數：%3
Token 數：%4</translation>
    </message>
    <message>
        <source>No limits are set.</source>
        <translation>未設定任何限制。</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>(not checked: the token limit takes precedence)</source>
        <translation>（未檢查：Token 限制優先）</translation>
    </message>
    <message>
        <source>Rate window: ends at %1, %2 left</source>
        <translation>速率時間窗：於 %1 結束，剩餘 %2</translation>
    </message>
    <message>
        <source>Rate window: not started</source>
        <translation>速率時間窗：未開始</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>從未使用</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>由 %1 提供服務</translation>
    </message>
    <message>
        <source>Expires after its first use</source>
        <translation>首次使用後開始計算過期</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不過期</translation>
    </message>
    <message>
        <source>group %1</source>
        <extracomment>%1 = platform such as Claude, %2 = name of an account group</extracomment>
        <translation>帳戶群組 %1</translation>
    </message>
    <message>
        <source>⚠ %1 (account missing)</source>
        <extracomment>%1 = account id or name of a bound account that no longer exists</extracomment>
        <translation>⚠ %1（帳戶不存在）</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <extracomment>The key has no bound account and uses the shared pool of accounts</extracomment>
        <translation>共享池</translation>
    </message>
    <message>
        <source>No bound account: requests use the shared pool of accounts.</source>
        <translation>未綁定帳戶：請求使用共享帳戶池。</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>The account that served the last request has been deleted</extracomment>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The account that served the last request: %1 = account name, %2 = account type</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Daily cost</source>
        <translation>每日費用</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>總費用</translation>
    </message>
    <message>
        <source>Weekly Opus cost</source>
        <translation>每週 Opus 費用</translation>
    </message>
    <message numerus="yes">
        <source>Requests per %n-min window</source>
        <extracomment>Requests allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>每 %n 分鐘時間窗的請求數</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tokens per %n-min window</source>
        <extracomment>Tokens allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>每 %n 分鐘時間窗的 Token 數</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost per %n-min window</source>
        <extracomment>Cost allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>每 %n 分鐘時間窗的費用</numerusform>
        </translation>
    </message>
    <message>
        <source>Concurrency</source>
        <extracomment>Requests running at the same time</extracomment>
        <translation>並行</translation>
    </message>
</context>
<context>
    <name>rka::ui::LanguageMenu</name>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>未知語言「%1」；可用：%2。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>The menu that switches the interface language</extracomment>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default (%1)</source>
        <extracomment>Follow the language of the operating system</extracomment>
        <translation>跟隨系統(&amp;S)（%1）</translation>
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
        <translation>金鑰</translation>
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
        <translation>篩選</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>Command log</source>
        <extracomment>The log of Redis commands this program sent</extracomment>
        <translation>命令日誌</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>The log of every write made with this program</extracomment>
        <translation>稽核日誌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Only command names and keys are logged, never values or passwords.</source>
        <translation>只記錄命令名稱和鍵名，從不記錄值或密碼。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>%1 commands • %2 round trips • %3 read • %4 written</source>
        <extracomment>Command log totals: %1 commands, %2 round trips, %3 bytes read, %4 bytes written</extracomment>
        <translation>%1 條命令 • %2 次往返 • 讀取 %3 • 寫入 %4</translation>
    </message>
    <message>
        <source>No audit log</source>
        <translation>無稽核日誌</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of profile “%1”, newest first, from %2</source>
        <extracomment>%1 how many entries, %2 the profile, %3 the file</extracomment>
        <translation>
            <numerusform>設定檔「%1」的 %n 條記錄，最新的在前，來自 %2</numerusform>
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
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收桶</translation>
    </message>
    <message>
        <source>Relay Key Admin</source>
        <translation>Relay Key Admin</translation>
    </message>
    <message>
        <source>Add a profile for the Redis of your claude-relay-service deployment, or pick one from the Profile menu.</source>
        <translation>為您的 claude-relay-service 部署的 Redis 新增一個設定檔，或從「設定檔」選單中選擇一個。</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>新增設定檔…</translation>
    </message>
    <message>
        <source>Quick connect…</source>
        <translation>快速連線…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>The recent requests made with the selected API key</extracomment>
        <translation>請求記錄</translation>
    </message>
    <message>
        <source>Keys in the trash no longer work. Restore brings a key back (enabled); deleting permanently removes the key and all its usage data.</source>
        <translation>回收桶中的金鑰已不可用。「恢復」會恢復金鑰（恢復後為啟用狀態）；「永久刪除」會刪除金鑰及其所有用量資料。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <extracomment>Restore the selected API keys from the trash</extracomment>
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <source>Delete &amp;permanently…</source>
        <extracomment>Purge: delete the selected API keys and their usage data for good</extracomment>
        <translation>永久刪除(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>清空回收桶(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Select all &amp;matching</source>
        <translation>選擇所有匹配項(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>新增標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation>移除標籤(&amp;G)…</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <extracomment>Soft delete: the selected API keys stop working and can be restored from the trash</extracomment>
        <translation>移到回收桶(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;generate key…</source>
        <extracomment>Give the selected API key a new secret (the old plaintext key stops working)</extracomment>
        <translation>重新產生金鑰(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <extracomment>Copy the id of the selected API key (not its secret)</extracomment>
        <translation>複製 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>日誌(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <extracomment>Create a new API key</extracomment>
        <translation>新增金鑰(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>編輯金鑰(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Batch create…</source>
        <translation>批次建立(&amp;B)…</translation>
    </message>
    <message>
        <source>Edit &amp;selected keys…</source>
        <translation>編輯所選金鑰(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage tags…</source>
        <translation>管理標籤(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Health check…</source>
        <translation>健康檢查(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>新增設定檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>編輯設定檔(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quick connect…</source>
        <translation>快速連線(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>斷開連線(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <extracomment>Menu: connection profiles (a Redis of a claude-relay-service deployment)</extracomment>
        <translation>設定檔(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <extracomment>Menu: API keys</extracomment>
        <translation>金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Relay Key Admin</source>
        <translation>關於 Relay Key Admin(&amp;A)</translation>
    </message>
    <message>
        <source>About Relay Key Admin</source>
        <translation>關於 Relay Key Admin</translation>
    </message>
    <message>
        <source>Relay Key Admin %1
Manages claude-relay-service API keys directly in the service&apos;s Redis.</source>
        <translation>Relay Key Admin %1
直接在 claude-relay-service 的 Redis 中管理其 API Key。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>無法連線</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting: %1</source>
        <translation>連線已斷開，正在重新連線：%1</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>正在載入金鑰…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Loading the keys failed: %1</source>
        <translation>載入金鑰失敗：%1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n key(s) — data model %1</source>
        <translation>
            <numerusform>已載入 %n 個金鑰 — 資料模型 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>唯讀：%1</translation>
    </message>
    <message>
        <source>No key matches this API key. It is unknown, was deleted or regenerated, or the profile&apos;s ENCRYPTION_KEY is not the service&apos;s.</source>
        <translation>沒有與此 API Key 匹配的金鑰。它可能未知、已被刪除或重新產生，或者設定檔中的 ENCRYPTION_KEY 與服務的不一致。</translation>
    </message>
    <message>
        <source>This API key belongs to %1.</source>
        <translation>此 API Key 屬於 %1。</translation>
    </message>
    <message>
        <source>%1 (%2) — Relay Key Admin</source>
        <translation>%1（%2）— Relay Key Admin</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[唯讀]</translation>
    </message>
    <message>
        <source>[production]</source>
        <translation>[生產環境]</translation>
    </message>
    <message>
        <source>%1 shown of %2 keys, %3 selected; %4 in the trash</source>
        <translation>顯示 %1 個，共 %2 個金鑰，已選 %3 個；回收桶中 %4 個</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <extracomment>The tab with the deleted API keys, which can be restored or deleted permanently</extracomment>
        <translation>回收桶（%1）</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: done (%n key(s)).</source>
        <translation>
            <numerusform>%1：完成（%n 個金鑰）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable keys</source>
        <translation>禁用金鑰</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n key(s)? Every request with them is refused until they are enabled again.</source>
        <translation>
            <numerusform>禁用 %n 個金鑰？在重新啟用之前，使用它們的所有請求都會被拒絕。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable keys</source>
        <translation>啟用金鑰</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n key(s):</source>
        <translation>
            <numerusform>要新增到 %n 個金鑰的標籤：</numerusform>
        </translation>
    </message>
    <message>
        <source>add tag &quot;%1&quot;</source>
        <translation>新增標籤「%1」</translation>
    </message>
    <message>
        <source>The selected keys have no tags.</source>
        <translation>所選金鑰沒有標籤。</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>要移除的標籤：</translation>
    </message>
    <message>
        <source>remove tag &quot;%1&quot;</source>
        <translation>移除標籤「%1」</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收桶</translation>
    </message>
    <message numerus="yes">
        <source>Move %n key(s) to the trash? They stop working at once; you can restore them from the trash.</source>
        <translation>
            <numerusform>將 %n 個金鑰移到回收桶？它們會立即失效；您可以從回收桶中恢復它們。</numerusform>
        </translation>
    </message>
    <message>
        <source>move to the trash</source>
        <translation>移到回收桶</translation>
    </message>
    <message>
        <source>Regenerate key</source>
        <translation>重新產生金鑰</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new secret? The current one stops working at once; every client using it needs the new one.</source>
        <translation>為「%1」產生新的金鑰值？當前的值會立即失效；所有使用它的用戶端都需要換用新值。</translation>
    </message>
    <message>
        <source>%1 — new secret; the old one stops working</source>
        <translation>%1 — 新金鑰值；舊值將失效</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>已複製 %n 個 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore keys</source>
        <translation>恢復金鑰</translation>
    </message>
    <message>
        <source>restore (enabled)</source>
        <translation>恢復（啟用）</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>永久刪除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s) permanently? The keys, their usage and cost history, their request records and limits are removed from Redis. This cannot be undone.</source>
        <translation>
            <numerusform>永久刪除 %n 個金鑰？這些金鑰及其用量和費用歷史、請求記錄和限制都將從 Redis 中刪除。此操作無法撤銷。</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收桶是空的。</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收桶</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n key(s) in the trash permanently, with their usage and cost history? This cannot be undone.</source>
        <translation>
            <numerusform>永久刪除回收桶中的全部 %n 個金鑰及其用量和費用歷史？此操作無法撤銷。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding what %n key(s) leave behind…</source>
        <translation>
            <numerusform>正在查詢 %n 個金鑰遺留的資料…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>未刪除任何內容：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… 還有 %n 項（見詳細資訊）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n key(s).</source>
        <translation>
            <numerusform>已儲存 %n 個金鑰。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <source>Redis password (empty if none):</source>
        <translation>Redis 密碼（沒有則留空）：</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The service&apos;s ENCRYPTION_KEY (needed to create keys and to find a key from a plaintext key; may stay empty):</source>
        <translation>服務的 ENCRYPTION_KEY（建立金鑰以及根據明文金鑰查詢金鑰時需要；可以留空）：</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>新增設定檔</translation>
    </message>
    <message>
        <source>Secrets not saved</source>
        <translation>機密資訊未儲存</translation>
    </message>
    <message>
        <source>The secrets could not be stored: %1 You will be asked for them when you connect.</source>
        <translation>無法儲存機密資訊：%1 連線時會要求您輸入。</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>編輯設定檔</translation>
    </message>
    <message>
        <source>Quick connect</source>
        <translation>快速連線</translation>
    </message>
    <message>
        <source>%1 is hidden by the filters of the key list.</source>
        <translation>%1 被金鑰清單的篩選條件隱藏了。</translation>
    </message>
    <message>
        <source>Export key list as &amp;CSV…</source>
        <translation>將金鑰清單匯出為 &amp;CSV…</translation>
    </message>
    <message>
        <source>Export key list as &amp;JSON…</source>
        <translation>將金鑰清單匯出為 &amp;JSON…</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>The tab with a key&apos;s charts (cost, requests, tokens, models)</extracomment>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>The tab with charts across all keys</extracomment>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>No key list is loaded.</source>
        <translation>尚未載入金鑰清單。</translation>
    </message>
    <message>
        <source>Export key list</source>
        <translation>匯出金鑰清單</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>The key list could not be written to %1: %2</source>
        <translation>無法將金鑰清單寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) exported to %1. Plaintext API keys are never exported: they are not stored anywhere.</source>
        <translation>
            <numerusform>已將 %n 個金鑰匯出到 %1。明文 API Key 從不匯出：它們不儲存在任何地方。</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is read-only; nothing was written.</source>
        <translation>此設定檔為唯讀；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Secrets not removed</source>
        <translation>機密資訊未刪除</translation>
    </message>
    <message>
        <source>The profile&apos;s old secrets could not be removed: %1</source>
        <translation>無法刪除該設定檔的舊機密資訊：%1</translation>
    </message>
    <message>
        <source>[demo]</source>
        <extracomment>Window title flag of demo mode&apos;s profile (relay-key-admin --demo).</extracomment>
        <translation>[演示]</translation>
    </message>
    <message numerus="yes">
        <source>In all %n Redis key(s) are deleted; the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed with them.</source>
        <translation>
            <numerusform>共刪除 %n 個 Redis 鍵；這些金鑰在 apikey:hash_map、費用排名以及（如有）金鑰索引中的條目也會一併移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) listed; looking through the rest of the database for keys no index names…</source>
        <translation>
            <numerusform>已列出 %n 個金鑰；正在檢查資料庫的其餘部分，尋找未列入索引的金鑰…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::ModelListEditor</name>
    <message>
        <source>Model id, or several separated by commas, spaces or new lines</source>
        <translation>模型 ID，多個可用逗號、空格或換行分隔</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>貼上清單(&amp;P)</translation>
    </message>
    <message>
        <source>Adds every model id on the clipboard</source>
        <translation>新增剪貼簿中的所有模型 ID</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所選(&amp;R)</translation>
    </message>
</context>
<context>
    <name>rka::ui::ModelUsageModel</name>
    <message>
        <source>This data model (1.1.235) stores no cost per model, only tokens.</source>
        <translation>此資料模型（1.1.235）不儲存按模型的費用，只儲存 Token 數。</translation>
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
        <translation>請求數</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>Input tokens</extracomment>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Output</source>
        <extracomment>Output tokens</extracomment>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Cache create</source>
        <extracomment>Tokens written to the prompt cache</extracomment>
        <translation>快取建立</translation>
    </message>
    <message>
        <source>Cache read</source>
        <extracomment>Tokens read from the prompt cache</extracomment>
        <translation>快取讀取</translation>
    </message>
    <message>
        <source>Tokens</source>
        <extracomment>All tokens</extracomment>
        <translation>Token 數</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>A model&apos;s share of all tokens, in per cent</extracomment>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>The model&apos;s share of all tokens</source>
        <translation>該模型佔全部 Token 的比例</translation>
    </message>
    <message>
        <source>Rated cost, as the service counts it against limits (1.1.314 and later)</source>
        <translation>計費費用，即服務在檢查限制時計入的費用（1.1.314 及以後）</translation>
    </message>
</context>
<context>
    <name>rka::ui::OneTimeKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>新增 API Key</translation>
    </message>
    <message numerus="yes">
        <source>%n new API keys</source>
        <translation>
            <numerusform>%n 個新 API Key</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy this key now. It is shown only once: the service stores only a hash of it, so nobody can show it again. If it is lost, regenerate the key.</source>
        <translation>請立即複製此金鑰。它只顯示一次：服務只儲存它的雜湊，因此任何人都無法再次顯示它。如果丟失，請重新產生金鑰。</translation>
    </message>
    <message>
        <source>Copy these keys now. They are shown only once: the service stores only hashes of them, so nobody can show them again.</source>
        <translation>請立即複製這些金鑰。它們只顯示一次：服務只儲存它們的雜湊，因此任何人都無法再次顯示它們。</translation>
    </message>
    <message>
        <source>For Claude Code:</source>
        <translation>用於 Claude Code：</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>複製金鑰(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;environment</source>
        <translation>複製為環境變數(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>全部複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>儲存為文字檔案(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the keys</source>
        <translation>儲存金鑰</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔案 (*.txt)</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>我已儲存</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>已複製。剪貼簿將在 %n 秒後清除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A copied key is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>複製的金鑰會在 %n 秒後從剪貼簿中清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>A copied key stays on the clipboard.</source>
        <translation>複製的金鑰會一直保留在剪貼簿中。</translation>
    </message>
</context>
<context>
    <name>rka::ui::PillDelegate</name>
    <message>
        <source>no tags</source>
        <extracomment>Shown in the tags column of a key without tags</extracomment>
        <translation>無標籤</translation>
    </message>
</context>
<context>
    <name>rka::ui::ProductionConfirmDialog</name>
    <message>
        <source>Confirm a Change on Production</source>
        <translation>確認對生產環境的修改</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the production profile &lt;b&gt;%2&lt;/b&gt;.</source>
        <extracomment>%1 the action (&quot;Delete 3 keys&quot;), %2 the profile name.</extracomment>
        <translation>在生產環境設定檔 &lt;b&gt;%2&lt;/b&gt; 上&lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Exactly this will change:</source>
        <translation>以下內容將被修改：</translation>
    </message>
    <message>
        <source>Type the profile name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <extracomment>%1 the profile name the user must type.</extracomment>
        <translation>輸入設定檔名稱 &lt;b&gt;%1&lt;/b&gt; 以確認：</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>設定檔名稱</translation>
    </message>
    <message>
        <source>&amp;Apply to production</source>
        <extracomment>Confirms a write on a production profile.</extracomment>
        <translation>應用到生產環境(&amp;A)</translation>
    </message>
</context>
<context>
    <name>rka::ui::ProfileBanner</name>
    <message>
        <source>PRODUCTION</source>
        <extracomment>Badges in the profile banner: every write must be confirmed by typing the profile name.</extracomment>
        <translation>生產環境</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <extracomment>Badges in the profile banner: the profile refuses every write.</extracomment>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>read-write</source>
        <extracomment>Badges in the profile banner: the profile may write.</extracomment>
        <translation>讀寫</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) [%4]</source>
        <extracomment>Window title: application, profile name, Redis address, flags.</extracomment>
        <translation>%1 — %2（%3）[%4]</translation>
    </message>
    <message>
        <source>%1 — not connected</source>
        <extracomment>Window title when no profile is open.</extracomment>
        <translation>%1 — 未連線</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>未開啟任何設定檔</translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <extracomment>%1 profile name, %2 &quot;host:port/db&quot;.</extracomment>
        <translation>設定檔：&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Production: every write asks you to type the profile name first.</source>
        <translation>生產環境：每次寫入前都會要求您輸入設定檔名稱。</translation>
    </message>
    <message>
        <source>Read-only: no write command is ever sent.</source>
        <translation>唯讀：從不傳送任何寫命令。</translation>
    </message>
    <message>
        <source>Read-write: changes are written to this Redis.</source>
        <translation>讀寫：修改會寫入此 Redis。</translation>
    </message>
    <message>
        <source>DEMO</source>
        <extracomment>Badges in the profile banner: demo mode (relay-key-admin --demo), made-up data.</extracomment>
        <translation>演示</translation>
    </message>
    <message>
        <source>made-up demo data in a private redis-server, deleted when the program exits</source>
        <extracomment>Appended to the profile line in demo mode.</extracomment>
        <translation>私有 redis-server 中的虛構演示資料，程式結束時刪除</translation>
    </message>
</context>
<context>
    <name>rka::ui::ProfileDialog</name>
    <message>
        <source>New Connection Profile</source>
        <translation>新增連線設定檔</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button next to a password field: shows the password, or hides it again.</extracomment>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>選擇 CA 憑證</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>選擇用戶端憑證</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>選擇用戶端私鑰</translation>
    </message>
    <message>
        <source>1.1.314 (current; key index)</source>
        <extracomment>The service release whose data rules are used for an empty database.</extracomment>
        <translation>1.1.314（當前；有金鑰索引）</translation>
    </message>
    <message>
        <source>1.1.235 (older; no key index)</source>
        <translation>1.1.235（較舊；無金鑰索引）</translation>
    </message>
    <message>
        <source>The secrets are written in plain text to %1, readable only by you (mode 0600). Anyone who can read your files or their backups can read them. Use it only when no keychain is available and typing the secrets each time is not practical.</source>
        <translation>機密資訊會以明文寫入 %1，只有您可以讀取（權限 0600）。任何能讀取您的檔案或其備份的人都能讀取它們。僅在沒有可用的金鑰環、且每次輸入機密資訊不現實時使用。</translation>
    </message>
    <message>
        <source>Edit Profile %1</source>
        <translation>編輯設定檔 %1</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>正在檢查系統金鑰環…</translation>
    </message>
    <message>
        <source>The system keychain is available.</source>
        <translation>系統金鑰環可用。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>請輸入設定檔名稱。</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一個設定檔名為「%1」。</translation>
    </message>
    <message>
        <source>Enter the host name or address of the Redis server.</source>
        <translation>請輸入 Redis 伺服器的主機名或地址。</translation>
    </message>
    <message>
        <source>The host name contains a space.</source>
        <translation>主機名包含空格。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>連接埠必須是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 檔案</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>用戶端憑證</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>用戶端私鑰</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist or cannot be read.</source>
        <extracomment>%1 is &quot;CA file&quot;, &quot;client certificate&quot; or &quot;client key&quot;; %2 a file path.</extracomment>
        <translation>%1 %2 不存在或無法讀取。</translation>
    </message>
    <message>
        <source>A client certificate needs its key, and a key needs its certificate.</source>
        <translation>用戶端憑證需要對應的私鑰，私鑰也需要對應的憑證。</translation>
    </message>
    <message>
        <source>Enter the service&apos;s API_KEY_PREFIX (its default is cr_); keys are made and found with it.</source>
        <translation>請輸入服務的 API_KEY_PREFIX（預設為 cr_）；建立和查詢金鑰都要用到它。</translation>
    </message>
    <message>
        <source>TIMEZONE_OFFSET must be a whole number of hours from -12 to 14.</source>
        <translation>TIMEZONE_OFFSET 必須是 -12 到 14 之間的整數小時。</translation>
    </message>
    <message>
        <source>The service reads TIMEZONE_OFFSET=0 as 8, so UTC cannot be configured. Enter the offset the service really uses (8 when it is not set).</source>
        <translation>服務會將 TIMEZONE_OFFSET=0 讀作 8，因此無法設定檔為 UTC。請輸入服務實際使用的偏移（未設定時為 8）。</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address as http://… or https://…, or leave it empty.</source>
        <translation>請以 http://… 或 https://… 的形式輸入服務地址，或留空。</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>請更正標為紅色的欄位。</translation>
    </message>
    <message>
        <source>Import the service&apos;s .env file</source>
        <translation>匯入服務的 .env 檔案</translation>
    </message>
    <message>
        <source>Environment files (.env *.env);;All files (*)</source>
        <translation>環境檔案 (.env *.env);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <extracomment>A secret&apos;s variable name in the list of imported settings; its value is not shown.</extracomment>
        <translation>%1（已隱藏）</translation>
    </message>
    <message>
        <source>TIMEZONE_OFFSET &quot;%1&quot; is read by the service as %2.</source>
        <translation>服務會將 TIMEZONE_OFFSET「%1」讀作 %2。</translation>
    </message>
    <message>
        <source>%1 names none of the service&apos;s settings (REDIS_HOST, REDIS_PORT, REDIS_PASSWORD, ENCRYPTION_KEY, API_KEY_PREFIX, TIMEZONE_OFFSET, …).</source>
        <translation>%1 中沒有服務的任何設定（REDIS_HOST、REDIS_PORT、REDIS_PASSWORD、ENCRYPTION_KEY、API_KEY_PREFIX、TIMEZONE_OFFSET 等）。</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>已從 %1 匯入：%2。</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Connected to %1: Redis %2, database %3.</source>
        <translation>已連線到 %1：Redis %2，資料庫 %3。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（版本未知）</translation>
    </message>
    <message>
        <source>Accept this certificate?</source>
        <translation>接受此憑證？</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified:
%1

SHA-256 fingerprint:
%2

Accept exactly this certificate for this profile? Compare the fingerprint with the server&apos;s before you do. A different certificate will be refused again.</source>
        <translation>無法驗證伺服器憑證：
%1

SHA-256 指紋：
%2

是否為此設定檔接受這一憑證？接受前請將指紋與伺服器的指紋比對。不同的憑證仍會被拒絕。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線到 %1…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key *.cer);;All files (*)</source>
        <translation>PEM 檔案 (*.pem *.crt *.key *.cer);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No certificate was accepted explicitly.</extracomment>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>rka::ui::TagEditor</name>
    <message>
        <source>Remove the tag “%1”</source>
        <extracomment>%1 is a tag name.</extracomment>
        <translation>移除標籤「%1」</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; existing tags are suggested</source>
        <translation>輸入標籤並按 Enter；會提示已有的標籤</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n key(s))</source>
        <extracomment>Completion entry for a tag: %1 is the tag, %n the number of API keys carrying it.</extracomment>
        <translation>
            <numerusform>%1（%n 個金鑰）</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag “%1” is already added.</source>
        <translation>標籤「%1」已新增。</translation>
    </message>
    <message>
        <source>A key can have at most %1 tags.</source>
        <translation>一個金鑰最多可以有 %1 個標籤。</translation>
    </message>
</context>
<context>
    <name>rka::ui::TagManagerDialog</name>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>Column: number of API keys carrying the tag.</extracomment>
        <translation>金鑰數</translation>
    </message>
    <message>
        <source>In the trash</source>
        <extracomment>Column: number of deleted API keys carrying the tag.</extracomment>
        <translation>回收桶中</translation>
    </message>
    <message>
        <source>This database is open read-only: %1</source>
        <translation>此資料庫以唯讀方式開啟：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A key in a confirmation list: %1 its name, %2 its id.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… 還有 %n 項（見詳細資訊）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <extracomment>%1 old tag, %2 new tag, %n number of API keys.</extracomment>
        <translation>重新命名標籤</translation>
    </message>
    <message numerus="yes">
        <source>Rename the tag “%1” to “%2” on %n key(s)?</source>
        <translation>
            <numerusform>將 %n 個金鑰上的標籤「%1」重新命名為「%2」？</numerusform>
        </translation>
    </message>
    <message>
        <source>rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>將標籤「%1」重新命名為「%2」</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>正在重新命名…</translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n key(s).</source>
        <translation>
            <numerusform>已將 %n 個金鑰上的「%1」重新命名為「%2」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>刪除標籤</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n key(s)? The keys themselves stay.</source>
        <translation>
            <numerusform>從 %n 個金鑰中移除標籤「%1」？金鑰本身會保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>remove tag &quot;%1&quot;</source>
        <translation>移除標籤「%1」</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在刪除…</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n key(s).</source>
        <translation>
            <numerusform>已從 %n 個金鑰中移除「%1」。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::TrashModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>刪除者</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>總費用</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求數</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最後使用</translation>
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
        <translation>從未使用</translation>
    </message>
</context>
<context>
    <name>rka::ui::UsageRecordDialog</name>
    <message>
        <source>Request details: %1</source>
        <extracomment>Window title of the usage record detail; %1 is the model name</extracomment>
        <translation>請求詳情：%1</translation>
    </message>
    <message>
        <source>%1 • %2 • %3 • %4 tokens • %5</source>
        <translation>%1 • %2 • %3 • %4 個 Token • %5</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>無帳戶</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>複製所選</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>複製 JSON</translation>
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
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A request&apos;s duration in milliseconds</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>No account with this id exists any more.</source>
        <translation>已不存在具有此 ID 的帳戶。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>Column: input tokens</extracomment>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Output</source>
        <extracomment>Column: output tokens</extracomment>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Cache create</source>
        <translation>快取建立</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>快取讀取</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Column: total tokens</extracomment>
        <translation>總計</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>請求 ID</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column: the HTTP status code of the request</extracomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗時</translation>
    </message>
</context>
<context>
    <name>rka::ui::UsageRecordsWidget</name>
    <message>
        <source>The service keeps only the newest %1 records of a key, for 90 days.</source>
        <translation>服務只保留每個金鑰最新的 %1 條記錄，保留 90 天。</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Filter: only records from this time on</extracomment>
        <translation>從</translation>
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
        <translation>帳戶：</translation>
    </message>
    <message>
        <source>Details…</source>
        <extracomment>Shows every field of the selected request record</extracomment>
        <translation>詳情…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>未選擇金鑰</translation>
    </message>
    <message>
        <source>Could not read the usage records: %1</source>
        <extracomment>%1 is the reason, e.g. &quot;the connection was lost&quot;</extracomment>
        <translation>無法讀取用量記錄：%1</translation>
    </message>
    <message>
        <source>No usage records</source>
        <translation>無用量記錄</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 條記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable entry(s) skipped)</source>
        <extracomment>Records in the list that are not valid JSON; the service skips them too</extracomment>
        <translation>
            <numerusform>（跳過了 %n 條無法讀取的條目）</numerusform>
        </translation>
    </message>
    <message>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>所有帳戶</translation>
    </message>
    <message>
        <source>%1 of %2 shown • %3 tokens • %4 • %5 per request</source>
        <extracomment>Summary of the shown usage records: %1 how many, %2 of how many, %3 tokens, %4 cost, %5 average cost</extracomment>
        <translation>顯示 %1 條，共 %2 條 • %3 個 Token • %4 • 每次請求 %5</translation>
    </message>
    <message>
        <source>Export usage records</source>
        <translation>匯出用量記錄</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>無法寫入檔案 %1：%2</translation>
    </message>
</context>
</TS>
