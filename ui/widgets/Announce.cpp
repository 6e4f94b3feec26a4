// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/Announce.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>
#include <QLineEdit>

namespace twofold::ui {
namespace {

constexpr char kAlertProperty[] = "twofoldAlert";
constexpr char kTiedProperty[] = "twofoldErrorTied";

// A label presented as an alert; its name is what it shows.
class AlertLabelInterface : public QAccessibleWidget
{
public:
    explicit AlertLabelInterface(QLabel* label) : QAccessibleWidget(label, QAccessible::AlertMessage) {}

    QString text(QAccessible::Text type) const override
    {
        QString text = QAccessibleWidget::text(type);
        if (type == QAccessible::Name && text.isEmpty()) {
            text = static_cast<QLabel*>(widget())->text();
        }
        return text;
    }
};

QAccessibleInterface* alertLabelFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("QLabel") && object && object->isWidgetType() &&
        object->property(kAlertProperty).toBool()) {
        return new AlertLabelInterface(static_cast<QLabel*>(object));
    }
    return nullptr;
}

} // namespace

void makeAlertLabel(QLabel* label)
{
    static const bool installed = [] {
        QAccessible::installFactory(&alertLabelFactory);
        return true;
    }();
    (void)installed;
    label->setProperty(kAlertProperty, true);
}

void showFieldError(QLabel* label, QWidget* field, const QString& text)
{
    field->setAccessibleDescription(text);
    if (auto* edit = qobject_cast<QLineEdit*>(field); edit && !edit->property(kTiedProperty).toBool()) {
        edit->setProperty(kTiedProperty, true);
        QObject::connect(edit, &QLineEdit::textEdited, edit, [edit] { edit->setAccessibleDescription({}); });
    }
    if (field->isEnabled()) {
        field->setFocus();
    }
    // Hidden first, so that a second error in a row is a new "showing" too.
    label->hide();
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void clearFieldError(QLabel* label, QWidget* field)
{
    label->hide();
    label->clear();
    field->setAccessibleDescription({});
}

} // namespace twofold::ui
