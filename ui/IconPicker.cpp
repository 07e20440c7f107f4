#include "IconPicker.h"

#include "relay/KeyValidator.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rka::ui {

IconPicker::IconPicker(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"iconPreview"_s);
    m_preview->setFixedSize(IconSize + 8, IconSize + 8);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    auto* choose = new QPushButton(this);
    choose->setObjectName(u"chooseIconButton"_s);
    m_remove = new QPushButton(this);
    m_texts.add([this, choose] {
        choose->setText(tr("&Choose image…"));
        m_remove->setText(tr("Remove &icon"));
    });
    m_remove->setObjectName(u"removeIconButton"_s);
    m_info = new QLabel(this);
    m_info->setObjectName(u"iconInfo"_s);
    m_info->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"iconError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    layout->addWidget(m_preview, 0, 0, 3, 1, Qt::AlignTop);
    layout->addWidget(choose, 0, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->addWidget(m_info, 0, 2, 2, 1);
    layout->addWidget(m_error, 3, 0, 1, 3);
    layout->setColumnStretch(2, 1);
    connect(choose, &QPushButton::clicked, this, &IconPicker::choose);
    connect(m_remove, &QPushButton::clicked, this, &IconPicker::clear);
    showPreview();
}

void IconPicker::setDataUrl(const QString& dataUrl)
{
    m_dataUrl = dataUrl;
    showError(QString());
    showPreview();
}

bool IconPicker::loadFile(const QString& path)
{
    QString error;
    const QString url = encodeFile(path, &error);
    if (url.isEmpty()) {
        showError(error);
        return false;
    }
    m_dataUrl = url;
    showError(QString());
    showPreview();
    emit iconChanged();
    return true;
}

void IconPicker::clear()
{
    if (m_dataUrl.isEmpty())
        return;
    m_dataUrl.clear();
    showError(QString());
    showPreview();
    emit iconChanged();
}

QString IconPicker::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString IconPicker::encodeFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile() || !info.isReadable()) {
        //: %1 is a file name.
        *error = tr("“%1” cannot be opened: it does not exist or is not readable.").arg(name);
        return {};
    }
    if (info.size() > MaxFileBytes) {
        *error = tr("“%1” is %2; choose an image file of at most %3.")
                     .arg(name, QLocale().formattedDataSize(info.size()),
                          QLocale().formattedDataSize(MaxFileBytes));
        return {};
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        *error = tr("“%1” is not an image this program can read (damaged, or a format without a Qt image "
                    "plugin). Choose a PNG, JPEG, SVG or WebP file.")
                     .arg(name);
        return {};
    }
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > MaxImageDimension || size.height() > MaxImageDimension)) {
        *error = tr("“%1” is %2×%3 pixels; images larger than %4×%4 are refused.")
                     .arg(name)
                     .arg(size.width())
                     .arg(size.height())
                     .arg(MaxImageDimension);
        return {};
    }
    // Vector images are rendered at the target size rather than scaled down from a default size.
    const QByteArray format = reader.format().toLower();
    if ((format == "svg" || format == "svgz") && size.isValid())
        reader.setScaledSize(size.scaled(IconSize, IconSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        //: %1 is a file name, %2 the image library's reason.
        *error =
            tr("“%1” could not be decoded: %2. The file may be damaged.").arg(name, reader.errorString());
        return {};
    }
    return encodeImage(image, error);
}

QString IconPicker::encodeImage(const QImage& image, QString* error)
{
    if (image.isNull()) {
        *error = tr("The image is empty.");
        return {};
    }
    QImage icon = image.convertToFormat(QImage::Format_ARGB32);
    if (icon.width() > IconSize || icon.height() > IconSize)
        icon = icon.scaled(IconSize, IconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!icon.save(&buffer, "PNG")) {
        *error = tr("The image could not be converted to PNG.");
        return {};
    }
    const QString url = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    if (url.size() > relay::KeyValidator::MaxIconBytes) {
        *error = tr("The converted icon is %1, more than the %2 a key may hold.")
                     .arg(QLocale().formattedDataSize(url.size()),
                          QLocale().formattedDataSize(relay::KeyValidator::MaxIconBytes));
        return {};
    }
    return url;
}

QImage IconPicker::decodeDataUrl(const QString& dataUrl)
{
    static const QRegularExpression prefix(u"^data:image/[A-Za-z0-9.+-]+;base64,"_s);
    const QRegularExpressionMatch match = prefix.match(dataUrl);
    if (!match.hasMatch())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(dataUrl.mid(match.capturedLength()).toLatin1());
    if (!decoded)
        return {};
    return QImage::fromData(decoded.decoded);
}

QString IconPicker::fileFilter()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << u"*."_s + QString::fromLatin1(format);
    //: File dialog filter; %1 is a list of patterns such as *.png *.jpg.
    return tr("Images (%1)").arg(patterns.join(u' ')) + u";;"_s + tr("All files (*)");
}

void IconPicker::choose()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose an icon for the key"), QString(), fileFilter());
    if (!path.isEmpty())
        loadFile(path);
}

void IconPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        showPreview();
    }
    QWidget::changeEvent(event);
}

void IconPicker::showPreview()
{
    const QImage image = decodeDataUrl(m_dataUrl);
    m_remove->setEnabled(!m_dataUrl.isEmpty());
    if (m_dataUrl.isEmpty()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("No icon"));
        m_info->setText(tr("Choose a PNG, JPEG, SVG or WebP image; it is scaled to fit %1×%1 pixels and "
                           "stored in the key as a PNG.")
                            .arg(IconSize));
        return;
    }
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("?"));
        m_info->setText(
            tr("The stored icon is not an image that can be shown (%1 characters).").arg(m_dataUrl.size()));
        return;
    }
    m_preview->setText(QString());
    m_preview->setPixmap(QPixmap::fromImage(
        image.width() > IconSize || image.height() > IconSize
            ? image.scaled(IconSize, IconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image));
    //: %1×%2 is the icon's size in pixels, %3 the size of the stored text.
    m_info->setText(tr("%1×%2 pixels, stored as %3 of text.")
                        .arg(image.width())
                        .arg(image.height())
                        .arg(QLocale().formattedDataSize(m_dataUrl.size())));
}

void IconPicker::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace rka::ui
