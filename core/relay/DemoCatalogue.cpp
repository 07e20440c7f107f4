#include "DemoCatalogue.h"

#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rka::relay::demo {

namespace {

using F = ApiKeyField;

const char* const Sonnet = "claude-sonnet-4-20250514";
const char* const Opus = "claude-opus-4-1-20250805";
const char* const Opus4 = "claude-opus-4-20250514";
const char* const Haiku = "claude-3-5-haiku-20241022";

const QList<ModelShare> CodeMix = {{Sonnet, 0.68}, {Opus, 0.14}, {Haiku, 0.18}};
const QList<ModelShare> OpusMix = {{Opus4, 0.45}, {Sonnet, 0.40}, {Haiku, 0.15}};
const QList<ModelShare> NoOpus = {{Sonnet, 0.72}, {Haiku, 0.28}};
const QList<ModelShare> HaikuMix = {{Haiku, 0.85}, {Sonnet, 0.15}};
const QList<ModelShare> SonnetOnly = {{Sonnet, 1.0}};
const QList<ModelShare> GeminiMix = {{"gemini-2.5-pro", 0.65}, {"gemini-2.5-flash", 0.35}};
const QList<ModelShare> CodexMix = {{"gpt-5", 0.55}, {"gpt-5-codex", 0.45}};
const QList<ModelShare> BedrockMix = {{"us.anthropic.claude-sonnet-4-20250514-v1:0", 1.0}};

const QStringList OpusModels = {u"claude-opus-4-1-20250805"_s, u"claude-opus-4-20250514"_s};

// ---- a 48x48 PNG without Qt GUI: RGBA rows, zlib from qCompress, CRC-32 of each chunk ----------

quint32 crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    QByteArray length(4, '\0');
    qToBigEndian(quint32(data.size()), length.data());
    const QByteArray body = QByteArray(type, 4) + data;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    png += length + body + crc;
}

struct Rgb
{
    int r, g, b;
};

// Whether a point (in 0..48 coordinates) is on the white glyph of the icon.
bool onGlyph(Icon icon, double x, double y)
{
    const double cx = x - 24, cy = y - 24;
    switch (icon) {
    case Icon::PngBlue: // a server rack: three bars
        return std::abs(cx) < 12 && (std::abs(cy + 9) < 3 || std::abs(cy) < 3 || std::abs(cy - 9) < 3);
    case Icon::PngGreen: { // a speech bubble with a tail
        const bool bubble = (cx * cx) / (15.0 * 15.0) + ((cy + 2) * (cy + 2)) / (11.0 * 11.0) < 1;
        const bool tail = cy > 4 && cy < 14 && cx > -12 && cx < -4 && (cx + 12) > (cy - 4) * 0.8;
        return bubble || tail;
    }
    case Icon::PngPurple: // a diamond
        return std::abs(cx) + std::abs(cy) < 14;
    case Icon::PngOrange: // a play triangle
        return cx >= -9 && std::abs(cy) <= 13 * (13 - cx) / 22;
    default:
        return false;
    }
}

QByteArray pngIcon(Icon icon, Rgb background)
{
    constexpr int Size = 48;
    constexpr int Samples = 4; // per axis, for smooth edges
    QByteArray raw;
    raw.reserve(Size * (Size * 4 + 1));
    for (int y = 0; y < Size; ++y) {
        raw += '\0'; // filter type None
        for (int x = 0; x < Size; ++x) {
            double alpha = 0, r = 0, g = 0, b = 0;
            for (int sy = 0; sy < Samples; ++sy)
                for (int sx = 0; sx < Samples; ++sx) {
                    const double px = x + (sx + 0.5) / Samples, py = y + (sy + 0.5) / Samples;
                    // a rounded square with a 10-pixel corner radius, transparent outside
                    const double qx = std::max(std::abs(px - 24) - 14, 0.0);
                    const double qy = std::max(std::abs(py - 24) - 14, 0.0);
                    if (qx * qx + qy * qy > 100)
                        continue;
                    alpha += 1;
                    const bool white = onGlyph(icon, px, py);
                    r += white ? 255 : background.r;
                    g += white ? 255 : background.g;
                    b += white ? 255 : background.b;
                }
            const auto channel = [alpha](double sum) { return char(alpha > 0 ? int(sum / alpha + 0.5) : 0); };
            raw += channel(r);
            raw += channel(g);
            raw += channel(b);
            raw += char(int(alpha * 255 / (Samples * Samples) + 0.5));
        }
    }
    QByteArray header(13, '\0');
    qToBigEndian(quint32(Size), header.data());
    qToBigEndian(quint32(Size), header.data() + 4);
    header[8] = 8; // bits per channel
    header[9] = 6; // RGBA
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", qCompress(raw, 9).mid(4)); // qCompress puts the length before the zlib stream
    appendChunk(png, "IEND", QByteArray());
    return png;
}

QString svgIcon(Icon icon)
{
    QString body;
    QString colour;
    switch (icon) {
    case Icon::SvgGear:
        colour = u"#475569"_s;
        body = u"<circle cx='24' cy='24' r='9' fill='none' stroke='#fff' stroke-width='5'/>"
               "<circle cx='24' cy='24' r='15' fill='none' stroke='#fff' stroke-width='5' "
               "stroke-dasharray='5 6.8'/>"_s;
        break;
    case Icon::SvgChat:
        colour = u"#0d9488"_s;
        body = u"<path d='M11 14h26a3 3 0 0 1 3 3v13a3 3 0 0 1-3 3H22l-8 7v-7h-3a3 3 0 0 1-3-3V17a3 3 0 0 "
               "1 3-3z' fill='#fff'/>"_s;
        break;
    case Icon::SvgCode:
        colour = u"#4f46e5"_s;
        body = u"<path d='M18 15 9 24l9 9M30 15l9 9-9 9M27 12l-6 24' fill='none' stroke='#fff' "
               "stroke-width='4' stroke-linecap='round' stroke-linejoin='round'/>"_s;
        break;
    case Icon::SvgStar:
        colour = u"#d97706"_s;
        body = u"<path d='M24 9l4.6 9.4 10.4 1.5-7.5 7.3 1.8 10.3L24 32.6l-9.3 4.9 1.8-10.3-7.5-7.3 "
               "10.4-1.5z' fill='#fff'/>"_s;
        break;
    default:
        return {};
    }
    return u"<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48' viewBox='0 0 48 48'>"
           "<rect width='48' height='48' rx='10' fill='"_s +
        colour + u"'/>"_s + body + u"</svg>"_s;
}

} // namespace

QString iconDataUrl(Icon icon)
{
    switch (icon) {
    case Icon::None:
        return {};
    case Icon::PngBlue:
        return u"data:image/png;base64,"_s + QString::fromLatin1(pngIcon(icon, {37, 99, 235}).toBase64());
    case Icon::PngGreen:
        return u"data:image/png;base64,"_s + QString::fromLatin1(pngIcon(icon, {22, 163, 74}).toBase64());
    case Icon::PngPurple:
        return u"data:image/png;base64,"_s + QString::fromLatin1(pngIcon(icon, {147, 51, 234}).toBase64());
    case Icon::PngOrange:
        return u"data:image/png;base64,"_s + QString::fromLatin1(pngIcon(icon, {234, 88, 12}).toBase64());
    case Icon::SvgGear:
    case Icon::SvgChat:
    case Icon::SvgCode:
    case Icon::SvgStar:
        return u"data:image/svg+xml;base64,"_s + QString::fromLatin1(svgIcon(icon).toUtf8().toBase64());
    }
    return {};
}

const std::array<double, 24>& hourWeights(Traffic traffic)
{
    // 00 .. 23 in the service's time zone
    static const std::array<double, 24> office = {0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05,
                                                  0.30, 0.80, 1.00, 1.00, 0.45, 0.60, 1.00, 1.00,
                                                  1.00, 0.90, 0.55, 0.30, 0.35, 0.30, 0.15, 0.06};
    static const std::array<double, 24> review = {0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.02,
                                                  0.15, 0.60, 1.00, 0.90, 0.40, 0.70, 1.00, 1.00,
                                                  1.00, 1.00, 0.70, 0.30, 0.15, 0.10, 0.05, 0.02};
    static const std::array<double, 24> nightly = {0.10, 0.80, 1.00, 1.00, 0.90, 0.40, 0.05, 0.02,
                                                   0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02,
                                                   0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05};
    static const std::array<double, 24> chatbot = {0.25, 0.12, 0.06, 0.04, 0.03, 0.04, 0.10, 0.30,
                                                   0.60, 0.80, 0.90, 0.95, 0.90, 0.85, 0.90, 0.90,
                                                   0.85, 0.80, 0.75, 0.85, 1.00, 1.00, 0.80, 0.50};
    static const std::array<double, 24> hobby = {0.20, 0.05, 0.01, 0.01, 0.01, 0.01, 0.01, 0.02,
                                                 0.10, 0.30, 0.50, 0.60, 0.50, 0.50, 0.60, 0.60,
                                                 0.50, 0.40, 0.40, 0.60, 0.90, 1.00, 0.90, 0.50};
    switch (traffic) {
    case Traffic::ReviewBot:
        return review;
    case Traffic::Nightly:
        return nightly;
    case Traffic::Chatbot:
        return chatbot;
    case Traffic::Weekend:
        return hobby;
    default:
        return office;
    }
}

const std::array<double, 7>& dayWeights(Traffic traffic)
{
    // Monday .. Sunday
    static const std::array<double, 7> office = {1.00, 1.00, 0.98, 0.95, 0.85, 0.18, 0.10};
    static const std::array<double, 7> review = {1.00, 1.00, 1.00, 1.00, 0.90, 0.06, 0.04};
    static const std::array<double, 7> nightly = {1.00, 1.00, 1.00, 1.00, 1.00, 0.80, 0.80};
    static const std::array<double, 7> chatbot = {0.95, 0.95, 0.95, 0.95, 1.00, 0.80, 0.75};
    static const std::array<double, 7> hobby = {0.15, 0.10, 0.15, 0.10, 0.30, 1.00, 0.90};
    switch (traffic) {
    case Traffic::ReviewBot:
        return review;
    case Traffic::Nightly:
        return nightly;
    case Traffic::Chatbot:
        return chatbot;
    case Traffic::Weekend:
        return hobby;
    default:
        return office;
    }
}

QList<Account> accounts()
{
    using A = AccountId;
    using T = AccountType;
    return {
        {A::Max20,
         T::Claude,
         u"Claude Max 20x · 主力"_s,
         u"团队共享的主账号"_s,
         u"shared"_s,
         u"claude-official"_s,
         130,
         {}},
        {A::Max5,
         T::Claude,
         u"Claude Max 5x · 备用"_s,
         u"高峰时分流"_s,
         u"shared"_s,
         u"claude-official"_s,
         100,
         {}},
        {A::ProData,
         T::Claude,
         u"Claude Max 5x · 数据组专属"_s,
         u"只给数据平台用"_s,
         u"dedicated"_s,
         u"claude-official"_s,
         96,
         {}},
        {A::Console,
         T::ClaudeConsole,
         u"Console · 团队 API"_s,
         u"Anthropic Console 组织账号"_s,
         u"shared"_s,
         u"claude-console"_s,
         125,
         {}},
        {A::Responses,
         T::OpenAIResponses,
         u"Codex Pro · Responses"_s,
         u"OpenAI Responses 中转"_s,
         u"shared"_s,
         u"openai-responses"_s,
         70,
         {}},
        {A::Gemini,
         T::Gemini,
         u"Gemini Code Assist · Workspace"_s,
         u"Google Workspace 订阅"_s,
         u"shared"_s,
         u"gemini"_s,
         90,
         {}},
        {A::Bedrock,
         T::Bedrock,
         u"Bedrock · us-east-1"_s,
         u"AWS 兜底线路"_s,
         {},
         u"bedrock"_s,
         80,
         u"us-east-1"_s},
        {A::Droid, T::Droid, u"Factory Droid · Team"_s, u"Droid 代理"_s, u"shared"_s, u"droid"_s, 60, {}},
        {A::Pool,
         T::Group,
         u"Claude 共享池"_s,
         u"Max 20x 与 Max 5x 轮询"_s,
         {},
         u"claude-official"_s,
         110,
         {}},
    };
}

QList<User> users()
{
    return {
        {u"zhangwei"_s, u"张伟"_s, u"伟"_s, u"张"_s, 121},
        {u"lina"_s, u"李娜"_s, u"娜"_s, u"李"_s, 112},
        {u"wangfang"_s, u"王芳"_s, u"芳"_s, u"王"_s, 101},
        {u"chenjie"_s, u"陈杰"_s, u"杰"_s, u"陈"_s, 96},
        {u"alice"_s, u"Alice Chen"_s, u"Alice"_s, u"Chen"_s, 82},
        {u"liuyang"_s, u"刘洋"_s, u"洋"_s, u"刘"_s, 41},
        {u"zhaolei"_s, u"赵磊"_s, u"磊"_s, u"赵"_s, 119},
    };
}

QList<Key> keys()
{
    using A = AccountId;
    using T = Traffic;
    QList<Key> out;
    // Each key is filled in right after it is added; the reference is not used after the next add.
    auto add = [&out](const QString& name, double createdDaysAgo, Traffic traffic, double perDay,
                      const QList<ModelShare>& models) -> Key& {
        Key k;
        k.name = name;
        k.createdDaysAgo = createdDaysAgo;
        k.traffic = traffic;
        k.requestsPerDay = perDay;
        k.models = models;
        out.append(k);
        return out.last();
    };
    const QStringList claudeCode = {u"claude_code"_s};

    // ---- teams ----
    {
        Key& k = add(u"后端团队 · backend"_s, 118, T::Team, 240, CodeMix);
        k.description = u"后端组共用，走共享池"_s;
        k.tags = {u"team-backend"_s, u"prod"_s};
        k.concurrency = 10;
        k.dailyCost = 80;
        k.weeklyOpusCost = 300;
        k.bindings = {{F::ClaudeAccountId, A::Pool}};
        k.icon = Icon::PngBlue;
    }
    {
        Key& k = add(u"前端团队 · frontend"_s, 110, T::Team, 150, NoOpus);
        k.tags = {u"team-frontend"_s};
        k.concurrency = 6;
        k.dailyCost = 40;
        k.bindings = {{F::ClaudeAccountId, A::Max5}};
        k.icon = Icon::SvgCode;
    }
    {
        Key& k = add(u"数据平台 · data-platform"_s, 95, T::Team, 130, OpusMix);
        k.description = u"Notebook 与 ETL 脚本"_s;
        k.tags = {u"team-data"_s};
        k.weeklyOpusCost = 250;
        k.weeklyResetDay = 1;
        k.weeklyResetHour = 9;
        k.totalCost = 6000;
        k.bindings = {{F::ClaudeAccountId, A::ProData}};
    }
    {
        Key& k = add(u"移动端 · mobile"_s, 104, T::Team, 90, CodeMix);
        k.tags = {u"team-mobile"_s};
        k.dailyCost = 30;
        k.bindings = {{F::ClaudeConsoleAccountId, A::Console}};
    }
    {
        Key& k = add(u"运维值班 · sre-oncall"_s, 116, T::Chatbot, 30, NoOpus);
        k.description = u"值班手册与告警分析，周末也在用"_s;
        k.tags = {u"team-ops"_s, u"prod"_s};
        k.concurrency = 3;
    }
    {
        Key& k = add(u"QA 自动化 · qa-automation"_s, 88, T::ReviewBot, 200, HaikuMix);
        k.tags = {u"team-qa"_s, u"automation"_s};
        k.windowMinutes = 1;
        k.windowRequests = 30;
        k.windowCost = 1.5;
    }
    {
        Key& k = add(u"security-review"_s, 70, T::Developer, 25, SonnetOnly);
        k.tags = {u"team-security"_s};
        k.permissions = {u"claude"_s};
        k.weeklyOpusCost = 40;
    }
    {
        Key& k = add(u"产品设计 · product-design"_s, 64, T::Developer, 30, NoOpus);
        k.tags = {u"team-product"_s};
        k.permissions = {u"claude"_s};
    }

    // ---- automation ----
    {
        Key& k = add(u"ci-nightly-evals"_s, 86, T::Nightly, 300, HaikuMix);
        k.description = u"每晚跑回归评测"_s;
        k.tags = {u"ci"_s, u"automation"_s};
        k.windowMinutes = 60;
        k.tokenLimit = 5'000'000;
        k.icon = Icon::SvgGear;
    }
    {
        Key& k = add(u"ci-code-review-bot"_s, 44, T::ReviewBot, 160, SonnetOnly);
        k.description = u"PR 自动评审，替代泄露的旧 CI key"_s;
        k.tags = {u"ci"_s, u"automation"_s};
        k.windowMinutes = 1;
        k.windowRequests = 60;
        k.concurrency = 4;
    }
    {
        Key& k = add(u"客服机器人 · support-chatbot"_s, 100, T::Chatbot, 260, HaikuMix);
        k.description = u"官网在线客服"_s;
        k.tags = {u"prod"_s, u"customer-facing"_s};
        k.concurrency = 20;
        k.windowMinutes = 1;
        k.windowRequests = 120;
        k.dailyCost = 12;
        k.deniedModels = OpusModels;
        k.icon = Icon::PngGreen;
    }
    {
        Key& k = add(u"文档翻译 · docs-translator"_s, 76, T::ReviewBot, 60, GeminiMix);
        k.tags = {u"automation"_s, u"i18n"_s};
        k.permissions = {u"gemini"_s};
        k.clients = {u"gemini_cli"_s};
        k.bindings = {{F::GeminiAccountId, A::Gemini}};
    }
    {
        Key& k = add(u"codex-relay"_s, 58, T::Developer, 90, CodexMix);
        k.tags = {u"team-backend"_s};
        k.permissions = {u"openai"_s};
        k.clients = {u"codex_cli"_s};
        k.bindings = {{F::OpenaiAccountId, A::Responses}};
        k.icon = Icon::SvgCode;
    }
    {
        Key& k = add(u"droid-agents"_s, 52, T::ReviewBot, 45, SonnetOnly);
        k.tags = {u"automation"_s};
        k.permissions = {u"droid"_s};
        k.clients = {u"droid_cli"_s};
        k.bindings = {{F::DroidAccountId, A::Droid}};
    }
    {
        Key& k = add(u"bedrock-fallback"_s, 79, T::Chatbot, 20, BedrockMix);
        k.description = u"Claude 账号限流时的兜底线路"_s;
        k.tags = {u"prod"_s};
        k.permissions = {u"claude"_s};
        k.bindings = {{F::BedrockAccountId, A::Bedrock}};
    }
    {
        Key& k = add(u"数据标注 · labeling-pipeline"_s, 67, T::Nightly, 180, HaikuMix);
        k.tags = {u"automation"_s, u"team-data"_s};
        k.totalCost = 1500;
        k.windowMinutes = 10;
        k.windowCost = 5;
    }

    // ---- people, with a user account ----
    {
        Key& k = add(u"张伟 · Claude Code"_s, 117, T::Developer, 110, OpusMix);
        k.tags = {u"team-backend"_s};
        k.clients = claudeCode;
        k.dailyCost = 30;
        k.weeklyOpusCost = 120;
        k.owner = 0;
        k.selfService = true;
    }
    {
        Key& k = add(u"张伟 · CI 调试"_s, 48, T::Developer, 12, NoOpus);
        k.tags = {u"team-backend"_s, u"sandbox"_s};
        k.owner = 0;
        k.selfService = true;
    }
    {
        Key& k = add(u"李娜 · MacBook"_s, 109, T::Developer, 80, CodeMix);
        k.tags = {u"team-frontend"_s};
        k.clients = claudeCode;
        k.dailyCost = 20;
        k.owner = 1;
    }
    {
        Key& k = add(u"王芳 · notebooks"_s, 99, T::Developer, 55, OpusMix);
        k.tags = {u"team-data"_s};
        k.weeklyOpusCost = 100;
        k.weeklyResetDay = 3;
        k.weeklyResetHour = 10;
        k.owner = 2;
        k.selfService = true;
    }
    {
        Key& k = add(u"陈杰 · Claude Code"_s, 94, T::Developer, 70, CodeMix);
        k.tags = {u"team-mobile"_s};
        k.clients = claudeCode;
        k.dailyCost = 15;
        k.owner = 3;
    }
    {
        Key& k = add(u"Alice · PM drafts"_s, 80, T::Developer, 25, NoOpus);
        k.tags = {u"team-product"_s};
        k.owner = 4;
        k.icon = Icon::PngPurple;
    }
    {
        Key& k = add(u"刘洋 · 实习"_s, 40, T::Developer, 45, NoOpus);
        k.description = u"实习期三个月"_s;
        k.tags = {u"team-backend"_s, u"intern"_s};
        k.deniedModels = OpusModels;
        k.dailyCost = 5;
        k.totalCost = 100;
        k.expiresDaysAgo = -50; // the end of the internship
        k.owner = 5;
    }
    {
        Key& k = add(u"赵磊 · ops-laptop"_s, 115, T::Developer, 35, CodeMix);
        k.tags = {u"team-ops"_s};
        k.clients = claudeCode;
        k.owner = 6;
    }

    // ---- people without a user account (created by the admin) ----
    struct Dev
    {
        const char16_t* name;
        const char16_t* tag;
        double created, perDay, daily, weeklyOpus, total;
        qint64 concurrency;
        bool code;
        Icon icon;
    };
    const Dev devs[] = {
        {u"周杰 · Claude Code", u"team-backend", 113, 95, 25, 60, 0, 0, true, Icon::None},
        {u"吴敏 · Claude Code", u"team-frontend", 108, 60, 20, 0, 0, 2, true, Icon::None},
        {u"郑浩 · Claude Code", u"team-backend", 102, 120, 0, 80, 0, 0, true, Icon::SvgStar},
        {u"孙丽 · VS Code", u"team-data", 97, 40, 15, 0, 0, 0, false, Icon::None},
        {u"马超 · Claude Code", u"team-mobile", 91, 75, 8, 0, 0, 2, true, Icon::None},
        {u"胡静 · Cursor", u"team-frontend", 84, 50, 0, 0, 500, 0, false, Icon::None},
        {u"林峰 · Claude Code", u"team-backend", 77, 85, 25, 50, 0, 0, true, Icon::PngOrange},
        {u"何雪 · Claude Code", u"team-qa", 71, 30, 10, 0, 0, 0, true, Icon::None},
        {u"高翔 · Claude Code", u"team-data", 62, 65, 0, 60, 800, 0, true, Icon::None},
        {u"罗琳 · JetBrains", u"team-mobile", 55, 35, 15, 0, 0, 2, false, Icon::None},
        {u"梁宇 · Claude Code", u"team-backend", 33, 70, 20, 0, 0, 0, true, Icon::None},
        {u"宋佳 · Claude Code", u"team-frontend", 19, 40, 12, 0, 0, 0, true, Icon::None},
    };
    for (const Dev& d : devs) {
        Key& k = add(QString::fromUtf16(d.name), d.created, T::Developer, d.perDay,
                     d.weeklyOpus > 0 ? OpusMix : CodeMix);
        k.tags = {QString::fromUtf16(d.tag)};
        if (d.code)
            k.clients = claudeCode;
        k.dailyCost = d.daily;
        k.weeklyOpusCost = d.weeklyOpus;
        k.totalCost = d.total;
        k.concurrency = d.concurrency;
        k.icon = d.icon;
    }

    // ---- contractors: fixed expiry ----
    {
        Key& k = add(u"外包 · Acme 移动端"_s, 60, T::Developer, 60, CodeMix);
        k.tags = {u"contractor"_s, u"team-mobile"_s};
        k.clients = claudeCode;
        k.totalCost = 800;
        k.expiresDaysAgo = -30;
    }
    {
        Key& k = add(u"外包 · Globex 数据迁移"_s, 75, T::Developer, 70, NoOpus);
        k.description = u"合同已结束"_s;
        k.tags = {u"contractor"_s, u"team-data"_s};
        k.totalCost = 1200;
        k.expiresDaysAgo = 12; // the hourly expiry sweep has disabled it since
    }
    {
        Key& k = add(u"hackathon-2025"_s, 50, T::Weekend, 150, CodeMix);
        k.tags = {u"event"_s};
        k.concurrency = 5;
        k.expiresDaysAgo = 45; // a five-day event
    }
    {
        Key& k = add(u"顾问 · security audit"_s, 20, T::Developer, 30, SonnetOnly);
        k.tags = {u"contractor"_s, u"team-security"_s};
        k.expiresDaysAgo = -4; // four days left
        k.dailyCost = 20;
    }
    {
        Key& k = add(u"暑期实习 · 王磊"_s, 88, T::Developer, 40, NoOpus);
        k.tags = {u"intern"_s};
        k.deniedModels = OpusModels;
        k.expiresDaysAgo = 25.0 / 1440; // 25 minutes ago: the hourly sweep has not run yet
    }

    // ---- trials: activation on first use ----
    {
        Key& k = add(u"试用 · 客户 A"_s, 3, T::None, 0, {});
        k.tags = {u"trial"_s};
        k.activationAmount = 7;
        k.totalCost = 20;
    }
    {
        Key& k = add(u"试用 · 客户 B"_s, 6, T::Developer, 50, NoOpus);
        k.tags = {u"trial"_s};
        k.activationAmount = 7;
        k.activatedDaysAgo = 3.2;
        k.totalCost = 20;
        k.icon = Icon::SvgChat;
    }
    {
        Key& k = add(u"试用 · 客户 C (24h)"_s, 2, T::Developer, 40, NoOpus);
        k.tags = {u"trial"_s};
        k.activationAmount = 24;
        k.activationHours = true;
        k.activatedDaysAgo = 1.0 + 20.0 / 1440; // expired 20 minutes ago
        k.totalCost = 5;
    }
    {
        Key& k = add(u"试用 · 客户 D"_s, 45, T::Developer, 30, NoOpus);
        k.tags = {u"trial"_s};
        k.activationAmount = 30;
        k.activatedDaysAgo = 40;
        k.totalCost = 50;
    }
    {
        Key& k = add(u"试用 · 客户 E"_s, 10, T::None, 0, {});
        k.tags = {u"trial"_s};
        k.activationAmount = 14;
        k.totalCost = 20;
    }
    {
        Key& k = add(u"活动 · 黑客松报名 (72h)"_s, 1, T::None, 0, {});
        k.tags = {u"event"_s, u"trial"_s};
        k.activationAmount = 72;
        k.activationHours = true;
        k.totalCost = 10;
    }

    // ---- disabled ----
    {
        Key& k = add(u"old-staging"_s, 105, T::ReviewBot, 40, NoOpus);
        k.tags = {u"staging"_s};
        k.disabledDaysAgo = 20;
    }
    {
        Key& k = add(u"leaked · 旧 CI key"_s, 100, T::ReviewBot, 120, SonnetOnly);
        k.description = u"曾泄露到公开仓库，已由 ci-code-review-bot 替代"_s;
        k.tags = {u"ci"_s};
        k.disabledDaysAgo = 45;
    }
    {
        Key& k = add(u"marketing-copy (paused)"_s, 57, T::Developer, 20, NoOpus);
        k.tags = {u"marketing"_s};
        k.disabledDaysAgo = 8;
        k.icon = Icon::PngOrange;
    }

    // ---- in the trash, and one restored ----
    {
        Key& k = add(u"temp-load-test"_s, 20, T::Nightly, 600, HaikuMix);
        k.tags = {u"test"_s};
        k.deletedDaysAgo = 15;
    }
    {
        Key& k = add(u"former · 王强"_s, 110, T::Developer, 60, CodeMix);
        k.tags = {u"team-backend"_s};
        k.deletedDaysAgo = 30;
    }
    {
        Key& k = add(u"duplicate · frontend"_s, 3, T::None, 0, {});
        k.tags = {u"team-frontend"_s};
        k.deletedDaysAgo = 2;
    }
    {
        Key& k = add(u"sandbox-实验"_s, 89, T::Weekend, 30, CodeMix);
        k.tags = {u"sandbox"_s};
        k.deletedDaysAgo = 60;
    }
    {
        Key& k = add(u"analytics-dashboard"_s, 90, T::Developer, 40, NoOpus);
        k.description = u"误删后已恢复"_s;
        k.tags = {u"team-data"_s};
        k.deletedDaysAgo = 25;
        k.restoredDaysAgo = 20;
    }

    // ---- the rest ----
    {
        Key& k = add(u"合作方 · premium-partner"_s, 73, T::Chatbot, 90, CodeMix);
        k.description = u"按 1.5 倍费率结算"_s;
        k.tags = {u"partner"_s};
        k.claudeRate = 1.5;
        k.dailyCost = 100;
        k.totalCost = 3000;
    }
    {
        Key& k = add(u"new-hire · onboarding"_s, 0.4, T::None, 0, {});
        k.tags = {u"onboarding"_s};
        k.dailyCost = 10;
    }
    {
        Key& k = add(u"benchmark-harness"_s, 66, T::Nightly, 80, OpusMix);
        k.tags = {u"ci"_s, u"benchmark"_s};
        k.windowMinutes = 60;
        k.tokenLimit = 1'000'000;
        k.concurrency = 2;
    }
    {
        Key& k = add(u"法务审阅 · legal-review"_s, 49, T::Developer, 15, OpusMix);
        k.tags = {u"team-legal"_s};
        k.weeklyOpusCost = 20;
    }
    {
        Key& k = add(u"个人 · 周末项目"_s, 83, T::Weekend, 35, CodeMix);
        k.tags = {u"personal"_s};
        k.dailyCost = 10;
    }
    {
        Key& k = add(u"演示 · sales-demo"_s, 37, T::Developer, 15, NoOpus);
        k.tags = {u"sales"_s};
        k.icon = Icon::SvgStar;
    }
    return out;
}

} // namespace rka::relay::demo
