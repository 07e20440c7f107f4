// Build and test tool for the .ts files (Qt Linguist's XML format).
//
//   rka-ts-tool check FILE.ts...        every message finished and non-empty, with the placeholders
//                                       (%1..%99, %n, %L1) and the accelerator (&) of its source;
//                                       exit 1 listing each problem
//   rka-ts-tool diff OLD.ts NEW.ts      the messages one file has and the other lacks
//   rka-ts-tool pseudo IN.ts OUT.ts     a pseudo-locale: every source string stretched by about 40%,
//                                       with its letters accented and marked "[...~~]", so that
//                                       untranslated or clipped text is visible

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation
    QString extraComment; // the translator comment (//: in the source)
    bool numerus = false;
    QString type; // of the <translation>: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms; // numerus forms
    int line = 0;
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<Message> messages;
};

void print(FILE* to, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), to);
    std::fputc('\n', to);
}

bool readTs(const QString& path, TsFile* ts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        print(stderr, u"rka-ts-tool: cannot open %1: %2"_s.arg(path, file.errorString()));
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                ts->language = xml.attributes().value("language"_L1).toString();
                ts->sourceLanguage = xml.attributes().value("sourcelanguage"_L1).toString();
            } else if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                inMessage = true;
                m = Message {};
                m.context = context;
                m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                m.line = int(xml.lineNumber());
            } else if (inMessage && name == "source"_L1) {
                m.source = xml.readElementText();
            } else if (inMessage && name == "comment"_L1) {
                m.comment = xml.readElementText();
            } else if (inMessage && name == "extracomment"_L1) {
                m.extraComment = xml.readElementText();
            } else if (inMessage && name == "translation"_L1) {
                m.type = xml.attributes().value("type"_L1).toString();
                if (!m.numerus)
                    m.translation = xml.readElementText();
            } else if (inMessage && name == "numerusform"_L1) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            inMessage = false;
            ts->messages << m;
        }
    }
    if (xml.hasError()) {
        print(stderr, u"rka-ts-tool: %1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
        return false;
    }
    return true;
}

// The placeholders of a text: "%1".."%99" and "%n", with the localized forms "%L1", "%Ln" counted as
// the plain ones.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(u"%L?([1-9][0-9]?|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : re.globalMatch(text))
        found.insert(u'%' + match.captured(1));
    return found;
}

bool looksLikeHtml(const QString& text)
{
    return text.contains(u'<') && text.contains(u'>');
}

// True when the text has a menu or button accelerator: "&Save", "Save &as" (not "&&", "a & b" or
// an entity in HTML).
bool hasAccelerator(const QString& text)
{
    if (looksLikeHtml(text))
        return false;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return true;
    }
    return false;
}

QString describe(const Message& m)
{
    QString source = m.source;
    source.replace(u'\n', u"\\n"_s);
    if (source.size() > 70)
        source = source.left(67) + u"..."_s;
    return u"[%1] \"%2\""_s.arg(m.context, source);
}

QStringList problemsOf(const Message& m, bool sourceLanguageFile)
{
    QStringList problems;
    if (m.type == u"vanished"_s || m.type == u"obsolete"_s)
        return {u"obsolete message (run the update target: it drops them)"_s};
    if (m.type == u"unfinished"_s)
        problems << u"unfinished"_s;
    const QSet<QString> expected = placeholders(m.source);
    if (m.numerus) {
        if (m.forms.isEmpty())
            problems << u"no plural forms"_s;
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const QString& form = m.forms[i];
            if (form.trimmed().isEmpty()) {
                problems << u"plural form %1 is empty"_s.arg(i + 1);
                continue;
            }
            QSet<QString> have = placeholders(form);
            QSet<QString> want = expected;
            // A singular form may say "one key" instead of "%n key"; the last form (the general one)
            // must show the number.
            const bool last = i == m.forms.size() - 1;
            if (!last || !want.contains(u"%n"_s)) {
                have.remove(u"%n"_s);
                want.remove(u"%n"_s);
            }
            if (have != want)
                problems << u"plural form %1 has placeholders {%2}, the source {%3}"_s.arg(i + 1).arg(
                    QStringList(have.values()).join(u", "_s), QStringList(expected.values()).join(u", "_s));
            if (!sourceLanguageFile && hasAccelerator(m.source) && !hasAccelerator(form))
                problems << u"plural form %1 lacks the accelerator (&) of the source"_s.arg(i + 1);
        }
        return problems;
    }
    if (m.translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
        problems << u"empty translation"_s;
        return problems;
    }
    const QSet<QString> have = placeholders(m.translation);
    if (have != expected) {
        QStringList h = have.values(), e = expected.values();
        h.sort();
        e.sort();
        problems << u"placeholders {%1} differ from the source's {%2}"_s.arg(h.join(u", "_s),
                                                                             e.join(u", "_s));
    }
    if (hasAccelerator(m.source) && !hasAccelerator(m.translation))
        problems << u"lacks the accelerator (&) of the source"_s;
    return problems;
}

int check(const QStringList& files)
{
    int failures = 0;
    for (const QString& path : files) {
        TsFile ts;
        if (!readTs(path, &ts))
            return 2;
        const bool sourceLanguage = ts.language.startsWith(u"en"_s);
        int count = 0;
        for (const Message& m : ts.messages) {
            const QStringList problems = problemsOf(m, sourceLanguage);
            for (const QString& p : problems) {
                print(stderr, u"%1:%2: %3: %4"_s.arg(path).arg(m.line).arg(describe(m), p));
                ++failures;
            }
            ++count;
        }
        print(stdout, u"%1: %2 messages, language %3"_s.arg(path).arg(count).arg(ts.language));
    }
    if (failures > 0) {
        print(stderr,
              u"%1 problem(s). Fill in the translations (Qt Linguist, or the <translation> "
              "elements of the .ts files) and keep every placeholder of the source."_s.arg(failures));
        return 1;
    }
    return 0;
}

QString keyOf(const Message& m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

int diff(const QString& oldPath, const QString& newPath)
{
    TsFile a, b;
    if (!readTs(oldPath, &a) || !readTs(newPath, &b))
        return 2;
    QSet<QString> inA, inB;
    for (const Message& m : a.messages)
        inA.insert(keyOf(m));
    for (const Message& m : b.messages)
        inB.insert(keyOf(m));
    int differences = 0;
    for (const Message& m : b.messages)
        if (!inA.contains(keyOf(m))) {
            print(stdout, u"  new:     "_s + describe(m));
            ++differences;
        }
    for (const Message& m : a.messages)
        if (!inB.contains(keyOf(m))) {
            print(stdout, u"  removed: "_s + describe(m));
            ++differences;
        }
    return differences == 0 ? 0 : 1;
}

// --- the pseudo-locale -------------------------------------------------------------------------------

QChar accented(QChar c)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
    static const QString marked = u"àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"_s;
    const qsizetype i = plain.indexOf(c);
    return i < 0 ? c : marked[i];
}

// Accents the letters of `text`, leaving placeholders, HTML tags and entities, accelerators and
// escapes untouched.
QString accentText(const QString& text)
{
    static const QRegularExpression keep(u"%L?(?:[1-9][0-9]?|n)|<[^>]*>|&[a-zA-Z]+;|&#[0-9]+;|&&|&\\S"_s);
    QString out;
    qsizetype pos = 0;
    for (const QRegularExpressionMatch& match : keep.globalMatch(text)) {
        for (qsizetype i = pos; i < match.capturedStart(); ++i)
            out += accented(text[i]);
        out += match.captured();
        pos = match.capturedEnd();
    }
    for (qsizetype i = pos; i < text.size(); ++i)
        out += accented(text[i]);
    return out;
}

QString pseudo(const QString& text)
{
    if (text.trimmed().isEmpty())
        return text;
    const QString padding(qMax<qsizetype>(2, (text.size() * 2 + 4) / 5), u'~');
    const QString body = accentText(text);
    if (body.trimmed().startsWith(u'<')) {
        // Rich text must start with its tag: mark the inside.
        const qsizetype open = body.indexOf(u'>') + 1;
        const qsizetype close = body.lastIndexOf(u'<');
        if (open > 0 && close >= open)
            return body.left(open) + u'[' + body.mid(open, close - open) + u' ' + padding + u']' +
                body.mid(close);
    }
    return u'[' + body + u' ' + padding + u']';
}

int writePseudo(const QString& inPath, const QString& outPath)
{
    TsFile in;
    if (!readTs(inPath, &in))
        return 2;
    QFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        print(stderr, u"rka-ts-tool: cannot write %1: %2"_s.arg(outPath, file.errorString()));
        return 2;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE TS>"_s);
    xml.writeStartElement(u"TS"_s);
    xml.writeAttribute(u"version"_s, u"2.1"_s);
    // English plural rules: one and other.
    xml.writeAttribute(u"language"_s, u"en"_s);
    xml.writeAttribute(u"sourcelanguage"_s, u"en"_s);
    QString context;
    bool open = false;
    for (const Message& m : in.messages) {
        if (m.type == u"vanished"_s || m.type == u"obsolete"_s)
            continue;
        if (!open || m.context != context) {
            if (open)
                xml.writeEndElement();
            xml.writeStartElement(u"context"_s);
            xml.writeTextElement(u"name"_s, m.context);
            context = m.context;
            open = true;
        }
        xml.writeStartElement(u"message"_s);
        if (m.numerus)
            xml.writeAttribute(u"numerus"_s, u"yes"_s);
        xml.writeTextElement(u"source"_s, m.source);
        if (!m.comment.isEmpty())
            xml.writeTextElement(u"comment"_s, m.comment);
        xml.writeStartElement(u"translation"_s);
        if (m.numerus) {
            xml.writeTextElement(u"numerusform"_s, pseudo(m.source));
            xml.writeTextElement(u"numerusform"_s, pseudo(m.source));
        } else {
            xml.writeCharacters(pseudo(m.source));
        }
        xml.writeEndElement(); // translation
        xml.writeEndElement(); // message
    }
    if (open)
        xml.writeEndElement();
    xml.writeEndElement(); // TS
    xml.writeEndDocument();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"check"_s && !args.isEmpty())
        return check(args);
    if (command == u"diff"_s && args.size() == 2)
        return diff(args[0], args[1]);
    if (command == u"pseudo"_s && args.size() == 2)
        return writePseudo(args[0], args[1]);
    std::fprintf(stderr, "usage: rka-ts-tool check FILE.ts... | diff OLD.ts NEW.ts | pseudo IN.ts OUT.ts\n");
    return 2;
}
