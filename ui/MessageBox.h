#pragma once

#include <QMessageBox>

namespace rka::ui {

// Every message box goes through here, so tests can answer one before it opens and nothing blocks.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                    QMessageBox::No);
    // A question with a "Show Details..." part holding `details`, such as every Redis key that a
    // permanent delete removes.
    static QMessageBox::StandardButton
    questionWithDetails(QWidget* parent, const QString& title, const QString& text, const QString& details,
                        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);

    // Tests: the next box returns this answer at once instead of opening. NoButton = open normally.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last box shown or answered.
    static QString lastText();
    // Tests: the details of the last box shown or answered (empty when it had none).
    static QString lastDetails();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            const QString& details = QString());
};

} // namespace rka::ui
