// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/SecretBuffer.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPainter;
class QPrinter;
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

    enum class PrintOutcome
    {
        OnPaper,     // sent to the printer
        SavedToFile, // the person chose a file, was told who could read it, and agreed
        NotPrinted,  // they chose not to, or it failed (and was said)
    };
    // What Print… does after the print dialog (tests call it with a printer of their own).
    // A printer that writes a file ("Print to file", or one whose name says PDF) is said
    // plainly first: anyone who can use this computer could open that file. The file is
    // written by AtomicFile (0600 from its first byte), never by the printer itself.
    PrintOutcome printTo(QPrinter& printer);

Q_SIGNALS:
    void continued();

private:
    void print();
    void paintCode(QPainter& painter) const;

    QLabel* m_heading;
    QLabel* m_explanation;
    RecoveryCodeView* m_view;
    QCheckBox* m_wroteItDown;
    QPushButton* m_print;
    QPushButton* m_continue;
    QString m_partnerName;
};

} // namespace twofold::ui
