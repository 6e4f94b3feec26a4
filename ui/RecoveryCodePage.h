#pragma once

#include "crypto/SecretBuffer.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace twofold::ui {

class RecoveryCodeView;

// The recovery code, shown once: "I wrote it down" gates Continue; Print when Qt's
// print support is installed. There is deliberately no Copy: a secret on the
// clipboard is readable by every program and by the other partner.
class RecoveryCodePage : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryCodePage(const QString& objectPrefix, QWidget* parent = nullptr);

    void setCode(const QString& partnerName, SecretBuffer code);
    // Replaces the heading ("Your recovery code"), e.g. for a code that replaces another.
    void setHeading(const QString& heading);
    // Wipes the code from memory and resets the checkbox.
    void clear();
    static bool canPrint();

Q_SIGNALS:
    void continued();

private:
    void print();

    QLabel* m_heading;
    QLabel* m_explanation;
    RecoveryCodeView* m_view;
    QCheckBox* m_wroteItDown;
    QPushButton* m_print;
    QPushButton* m_continue;
    QString m_partnerName;
};

} // namespace twofold::ui
