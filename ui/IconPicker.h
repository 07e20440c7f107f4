#pragma once

#include "Retranslate.h"
#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;

namespace rka::ui {

// The key's icon: an image file (PNG, JPEG, SVG, WebP and whatever else Qt's image plugins read)
// scaled to fit 64x64 and stored in the `icon` field as a PNG data URL, as the service's web admin
// stored it (web-admin-features.md 3.8). Unusable files are refused with a message in words.
class IconPicker : public QWidget
{
    Q_OBJECT
public:
    static constexpr int IconSize = 64;
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024; // the web admin's upload limit
    static constexpr int MaxImageDimension = 10000; // refuse decoding anything larger

    explicit IconPicker(QWidget* parent = nullptr);

    // The stored value: "" (no icon) or data:image/png;base64,...
    QString dataUrl() const { return m_dataUrl; }
    void setDataUrl(const QString& dataUrl);
    // Reads, scales and encodes an image file; false (with errorText()) when it is unusable.
    bool loadFile(const QString& path);
    void clear();
    QString errorText() const;

    // The data URL of `path` scaled to fit IconSize, or an empty string with `error` set.
    static QString encodeFile(const QString& path, QString* error);
    static QString encodeImage(const QImage& image, QString* error);
    // The image of a stored icon (any data:image/...;base64 URL); a null image when unreadable.
    static QImage decodeDataUrl(const QString& dataUrl);
    // A file dialog filter naming the formats this Qt can read.
    static QString fileFilter();

signals:
    void iconChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose();
    void showPreview();
    void showError(const QString& text);

    QString m_dataUrl;
    QLabel* m_preview = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_remove = nullptr;
    TextSetters m_texts; // QEvent::LanguageChange
};

} // namespace rka::ui
