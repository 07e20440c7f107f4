<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiKeyCodec</name>
    <message numerus="yes">
        <source>%1… (%n bytes)</source>
        <extracomment>%1 is the start of a long stored value, %n its full size in bytes.</extracomment>
        <translation>
            <numerusform>%1… (%n bytes)</numerusform>
            <numerusform>%1… (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthAnalyser</name>
    <message numerus="yes">
        <source>%n usage key(s) of %1, which has no key hash any more: the permanent delete leaves usage:{id} and usage:{id}:model:* behind (data model 14.8, B7).</source>
        <translation>
            <numerusform>%n usage key of %1, which has no key hash any more: the permanent delete leaves usage:{id} and usage:{id}:model:* behind (data model 14.8, B7).</numerusform>
            <numerusform>%n usage keys of %1, which has no key hash any more: the permanent delete leaves usage:{id} and usage:{id}:model:* behind (data model 14.8, B7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, which has no key hash any more, is still listed in %n usage index set(s); the 1.1.314 permanent delete leaves these memberships (data model 18.8, B7).</source>
        <translation>
            <numerusform>%1, which has no key hash any more, is still listed in %n usage index set; the 1.1.314 permanent delete leaves these memberships (data model 18.8, B7).</numerusform>
            <numerusform>%1, which has no key hash any more, is still listed in %n usage index sets; the 1.1.314 permanent delete leaves these memberships (data model 18.8, B7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usage index set(s) contain the member &quot;index&quot;, which is no key id or model: 1.1.314&apos;s start-up usage-index migration matches its own index keys.</source>
        <translation>
            <numerusform>%n usage index set contains the member &quot;index&quot;, which is no key id or model: 1.1.314&apos;s start-up usage-index migration matches its own index keys.</numerusform>
            <numerusform>%n usage index sets contain the member &quot;index&quot;, which is no key id or model: 1.1.314&apos;s start-up usage-index migration matches its own index keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per-minute metrics hash(es) never expire: 1.1.235 sends EXPIRE with the argument NaN, which Redis rejects, so one hash per minute of traffic accumulates (data model 14.2, B13).</source>
        <translation>
            <numerusform>%n per-minute metrics hash never expires: 1.1.235 sends EXPIRE with the argument NaN, which Redis rejects, so one hash per minute of traffic accumulates (data model 14.2, B13).</numerusform>
            <numerusform>%n per-minute metrics hashes never expire: 1.1.235 sends EXPIRE with the argument NaN, which Redis rejects, so one hash per minute of traffic accumulates (data model 14.2, B13).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message numerus="yes">
        <source>%n key(s) checked: no problems found.</source>
        <translation>
            <numerusform>%n key checked: no problems found.</numerusform>
            <numerusform>%n keys checked: no problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) checked</source>
        <translation>
            <numerusform>%n key checked</numerusform>
            <numerusform>%n keys checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyOperations</name>
    <message numerus="yes">
        <source>%n data key(s) removed with it</source>
        <translation>
            <numerusform>%n data key removed with it</numerusform>
            <numerusform>%n data keys removed with it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySettingsText</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgePreview</name>
    <message numerus="yes">
        <source>%1 (%2): %n Redis key(s)</source>
        <extracomment>%1 key name, %2 key id, %n number of Redis keys removed with it.</extracomment>
        <translation>
            <numerusform>%1 (%2): %n Redis key</numerusform>
            <numerusform>%1 (%2): %n Redis keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDetection</name>
    <message numerus="yes">
        <source>%n key(s) carry openaiResponsesPayloadRules (release 1.1.302 or later).</source>
        <translation>
            <numerusform>%n key carries openaiResponsesPayloadRules (release 1.1.302 or later).</numerusform>
            <numerusform>%n keys carry openaiResponsesPayloadRules (release 1.1.302 or later).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) carry weeklyResetDay (release 1.1.281 or later).</source>
        <translation>
            <numerusform>%n key carries weeklyResetDay (release 1.1.281 or later).</numerusform>
            <numerusform>%n keys carry weeklyResetDay (release 1.1.281 or later).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) carry serviceRates (release 1.1.263 or later).</source>
        <translation>
            <numerusform>%n key carries serviceRates (release 1.1.263 or later).</numerusform>
            <numerusform>%n keys carry serviceRates (release 1.1.263 or later).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) under apikey: are neither key hashes nor index keys of a known release (first: %1).</source>
        <translation>
            <numerusform>%n key under apikey: is neither key hashes nor index keys of a known release (first: %1).</numerusform>
            <numerusform>%n keys under apikey: are neither key hashes nor index keys of a known release (first: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) with usage:claude:total: written by release 1.1.262.</source>
        <translation>
            <numerusform>%n key with usage:claude:total: written by release 1.1.262.</numerusform>
            <numerusform>%n keys with usage:claude:total: written by release 1.1.262.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run these %n repair(s)?</source>
        <translation>
            <numerusform>Run these %n repair?</numerusform>
            <numerusform>Run these %n repairs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n key(s) and all their usage data permanently?</source>
        <translation>
            <numerusform>Delete these %n key and all their usage data permanently?</numerusform>
            <numerusform>Delete these %n keys and all their usage data permanently?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag &quot;%1&quot; from these %n key(s)?</source>
        <translation>
            <numerusform>Remove the tag &quot;%1&quot; from these %n key?</numerusform>
            <numerusform>Remove the tag &quot;%1&quot; from these %n keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n key(s); the API keys are shown only this once:</source>
        <translation>
            <numerusform>Created %n key; the API keys are shown only this once:</numerusform>
            <numerusform>Created %n keys; the API keys are shown only this once:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>doctor --fix: %n finding(s) repaired.</source>
        <translation>
            <numerusform>doctor --fix: %n finding repaired.</numerusform>
            <numerusform>doctor --fix: %n findings repaired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s) changed.</source>
        <translation>
            <numerusform>%1: %n key changed.</numerusform>
            <numerusform>%1: %n keys changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %n Redis key(s) are deleted, and the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed.</source>
        <translation>
            <numerusform>In all %n Redis key is deleted, and the key&apos;s entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed.</numerusform>
            <numerusform>In all %n Redis keys are deleted, and the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::relay::KeyWriter</name>
    <message numerus="yes">
        <source>%n command(s)</source>
        <translation>
            <numerusform>%n command</numerusform>
            <numerusform>%n commands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::support::KeychainSecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::ConflictDialog</name>
    <message numerus="yes">
        <source>While you edited this key, someone else changed %n of the fields you changed too. Nothing has been written yet. Keep your values, take the stored ones for these fields (your other changes are still saved), or cancel and go on editing.</source>
        <translation>
            <numerusform>While you edited this key, someone else changed %n of the fields you changed too. Nothing has been written yet. Keep your values, take the stored ones for these fields (your other changes are still saved), or cancel and go on editing.</numerusform>
            <numerusform>While you edited this key, someone else changed %n of the fields you changed too. Nothing has been written yet. Keep your values, take the stored ones for these fields (your other changes are still saved), or cancel and go on editing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::DashboardWidget</name>
    <message numerus="yes">
        <source>Choose at most %n day(s).</source>
        <translation>
            <numerusform>Choose at most %n day.</numerusform>
            <numerusform>Choose at most %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) with cost</source>
        <translation>
            <numerusform>%n key with cost</numerusform>
            <numerusform>%n keys with cost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n key(s) by cost, %1</source>
        <extracomment>%n = how many keys, %1 = the range</extracomment>
        <translation>
            <numerusform>Top %n key by cost, %1</numerusform>
            <numerusform>Top %n keys by cost, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::HealthDialog</name>
    <message numerus="yes">
        <source>Checking %n key(s)…</source>
        <translation>
            <numerusform>Checking %n key…</numerusform>
            <numerusform>Checking %n keys…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %n repair(s)?</source>
        <translation>
            <numerusform>Run %n repair?</numerusform>
            <numerusform>Run %n repairs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repair %n finding(s)</source>
        <translation>
            <numerusform>Repair %n finding</numerusform>
            <numerusform>Repair %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n finding(s).</source>
        <translation>
            <numerusform>Repaired %n finding.</numerusform>
            <numerusform>Repaired %n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyChartsWidget</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorDialog</name>
    <message numerus="yes">
        <source>Edit %n API key(s)</source>
        <translation>
            <numerusform>Edit %n API key</numerusform>
            <numerusform>Edit %n API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick a field to set it on all %n selected key(s); fields left unticked keep each key&apos;s own value.</source>
        <translation>
            <numerusform>Tick a field to set it on all %n selected key; fields left unticked keep each key&apos;s own value.</numerusform>
            <numerusform>Tick a field to set it on all %n selected keys; fields left unticked keep each key&apos;s own value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n key(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n key</numerusform>
            <numerusform>&amp;Apply to %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n key(s)</source>
        <translation>
            <numerusform>Change %n key</numerusform>
            <numerusform>Change %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention (marked in red); nothing was written.</source>
        <translation>
            <numerusform>%n field needs attention (marked in red); nothing was written.</numerusform>
            <numerusform>%n fields need attention (marked in red); nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew “%1” by %n day(s)</source>
        <extracomment>Confirmation line for renewing an API key; %1 its name, %n days.</extracomment>
        <translation>
            <numerusform>Renew “%1” by %n day</numerusform>
            <numerusform>Renew “%1” by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyEditorExpiryPage</name>
    <message numerus="yes">
        <source>The key activates on its first request and expires %n hour(s) later.</source>
        <translation>
            <numerusform>The key activates on its first request and expires %n hour later.</numerusform>
            <numerusform>The key activates on its first request and expires %n hours later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key activates on its first request and expires %n day(s) later.</source>
        <translation>
            <numerusform>The key activates on its first request and expires %n day later.</numerusform>
            <numerusform>The key activates on its first request and expires %n days later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not activated yet: runs for %n hour(s) from its first use.</source>
        <extracomment>Activation state of an API key that has never been used.</extracomment>
        <translation>
            <numerusform>Not activated yet: runs for %n hour from its first use.</numerusform>
            <numerusform>Not activated yet: runs for %n hours from its first use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not activated yet: runs for %n day(s) from its first use.</source>
        <translation>
            <numerusform>Not activated yet: runs for %n day from its first use.</numerusform>
            <numerusform>Not activated yet: runs for %n days from its first use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::KeyTableModel</name>
    <message numerus="yes">
        <source>not activated (%n hour(s))</source>
        <extracomment>Activation mode: the key expires %n hours after its first use</extracomment>
        <translation>
            <numerusform>not activated (%n hour)</numerusform>
            <numerusform>not activated (%n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not activated (%n day(s))</source>
        <extracomment>Activation mode: the key expires %n days after its first use</extracomment>
        <translation>
            <numerusform>not activated (%n day)</numerusform>
            <numerusform>not activated (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) hold malformed values.</source>
        <translation>
            <numerusform>%n field holds malformed values.</numerusform>
            <numerusform>%n fields hold malformed values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requests per %n-min window</source>
        <extracomment>Requests allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>Requests per %n-min window</numerusform>
            <numerusform>Requests per %n-min window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tokens per %n-min window</source>
        <extracomment>Tokens allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>Tokens per %n-min window</numerusform>
            <numerusform>Tokens per %n-min window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost per %n-min window</source>
        <extracomment>Cost allowed per rate-limit window of %n minutes</extracomment>
        <translation>
            <numerusform>Cost per %n-min window</numerusform>
            <numerusform>Cost per %n-min window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::LogsWindow</name>
    <message numerus="yes">
        <source>%n entry(s) of profile “%1”, newest first, from %2</source>
        <extracomment>%1 how many entries, %2 the profile, %3 the file</extracomment>
        <translation>
            <numerusform>%n entry of profile “%1”, newest first, from %2</numerusform>
            <numerusform>%n entries of profile “%1”, newest first, from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n key(s) — data model %1</source>
        <translation>
            <numerusform>Loaded %n key — data model %1</numerusform>
            <numerusform>Loaded %n keys — data model %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done (%n key(s)).</source>
        <translation>
            <numerusform>%1: done (%n key).</numerusform>
            <numerusform>%1: done (%n keys).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n key(s)? Every request with them is refused until they are enabled again.</source>
        <translation>
            <numerusform>Disable %n key? Every request with them is refused until they are enabled again.</numerusform>
            <numerusform>Disable %n keys? Every request with them is refused until they are enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n key(s):</source>
        <translation>
            <numerusform>Tag to add to %n key:</numerusform>
            <numerusform>Tag to add to %n keys:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n key(s) to the trash? They stop working at once; you can restore them from the trash.</source>
        <translation>
            <numerusform>Move %n key to the trash? They stop working at once; you can restore them from the trash.</numerusform>
            <numerusform>Move %n keys to the trash? They stop working at once; you can restore them from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s).</source>
        <translation>
            <numerusform>Copied %n id.</numerusform>
            <numerusform>Copied %n ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n key(s) permanently? The keys, their usage and cost history, their request records and limits are removed from Redis. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n key permanently? The keys, their usage and cost history, their request records and limits are removed from Redis. This cannot be undone.</numerusform>
            <numerusform>Delete %n keys permanently? The keys, their usage and cost history, their request records and limits are removed from Redis. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n key(s) in the trash permanently, with their usage and cost history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete all %n key in the trash permanently, with their usage and cost history? This cannot be undone.</numerusform>
            <numerusform>Delete all %n keys in the trash permanently, with their usage and cost history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finding what %n key(s) leave behind…</source>
        <translation>
            <numerusform>Finding what %n key leaves behind…</numerusform>
            <numerusform>Finding what %n keys leave behind…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n key(s).</source>
        <translation>
            <numerusform>Saved %n key.</numerusform>
            <numerusform>Saved %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) exported to %1. Plaintext API keys are never exported: they are not stored anywhere.</source>
        <translation>
            <numerusform>%n key exported to %1. Plaintext API keys are never exported: they are not stored anywhere.</numerusform>
            <numerusform>%n keys exported to %1. Plaintext API keys are never exported: they are not stored anywhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all %n Redis key(s) are deleted; the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed with them.</source>
        <translation>
            <numerusform>In all %n Redis key is deleted; the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed with them.</numerusform>
            <numerusform>In all %n Redis keys are deleted; the keys&apos; entries in apikey:hash_map, the cost rankings and, where there is one, the key index are removed with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) listed; looking through the rest of the database for keys no index names…</source>
        <translation>
            <numerusform>%n key listed; looking through the rest of the database for keys no index names…</numerusform>
            <numerusform>%n keys listed; looking through the rest of the database for keys no index names…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::OneTimeKeyDialog</name>
    <message numerus="yes">
        <source>%n new API keys</source>
        <translation>
            <numerusform>%n new API key</numerusform>
            <numerusform>%n new API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A copied key is cleared from the clipboard after %n second(s).</source>
        <translation>
            <numerusform>A copied key is cleared from the clipboard after %n second.</numerusform>
            <numerusform>A copied key is cleared from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::TagEditor</name>
    <message numerus="yes">
        <source>%1 (%n key(s))</source>
        <extracomment>Completion entry for a tag: %1 is the tag, %n the number of API keys carrying it.</extracomment>
        <translation>
            <numerusform>%1 (%n key)</numerusform>
            <numerusform>%1 (%n keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::TagManagerDialog</name>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rename the tag “%1” to “%2” on %n key(s)?</source>
        <translation>
            <numerusform>Rename the tag “%1” to “%2” on %n key?</numerusform>
            <numerusform>Rename the tag “%1” to “%2” on %n keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n key(s).</source>
        <translation>
            <numerusform>Renamed “%1” to “%2” on %n key.</numerusform>
            <numerusform>Renamed “%1” to “%2” on %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n key(s)? The keys themselves stay.</source>
        <translation>
            <numerusform>Remove the tag “%1” from %n key? The keys themselves stay.</numerusform>
            <numerusform>Remove the tag “%1” from %n keys? The keys themselves stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n key(s).</source>
        <translation>
            <numerusform>Removed “%1” from %n key.</numerusform>
            <numerusform>Removed “%1” from %n keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rka::ui::UsageRecordsWidget</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unreadable entry(s) skipped)</source>
        <extracomment>Records in the list that are not valid JSON; the service skips them too</extracomment>
        <translation>
            <numerusform>(%n unreadable entry skipped)</numerusform>
            <numerusform>(%n unreadable entries skipped)</numerusform>
        </translation>
    </message>
</context>
</TS>
