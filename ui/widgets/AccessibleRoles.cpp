// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/AccessibleRoles.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>

namespace twofold::ui {
namespace {

constexpr char kRoleProperty[] = "twofoldAccessibleRole";

// A button shown as a page tab or a radio button (QAccessibleWidget is its action
// interface too: Press first, then the widget's own, such as Set focus).
class RoledButtonInterface : public QAccessibleWidget
{
public:
    RoledButtonInterface(QAbstractButton* button, QAccessible::Role role) : QAccessibleWidget(button, role) {}

    QString text(QAccessible::Text type) const override
    {
        QString text = QAccessibleWidget::text(type);
        if (type == QAccessible::Name && text.isEmpty()) {
            text = withoutMnemonic(button()->text());
        }
        return text;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        state.checked = button()->isChecked();
        if (role() == QAccessible::PageTab) {
            state.selectable = true;
            state.selected = button()->isChecked();
        }
        return state;
    }

    QStringList actionNames() const override
    {
        return QStringList{pressAction()} + QAccessibleWidget::actionNames();
    }

    void doAction(const QString& name) override
    {
        if (name == pressAction()) {
            if (button()->isEnabled()) {
                button()->click();
            }
            return;
        }
        QAccessibleWidget::doAction(name);
    }

    QStringList keyBindingsForAction(const QString& name) const override
    {
        if (name == pressAction()) {
            return button()->shortcut().isEmpty()
                       ? QStringList()
                       : QStringList{button()->shortcut().toString(QKeySequence::NativeText)};
        }
        return QAccessibleWidget::keyBindingsForAction(name);
    }

private:
    QAbstractButton* button() const { return static_cast<QAbstractButton*>(widget()); }
};

QAccessibleInterface* roleFactory(const QString& /*className*/, QObject* object)
{
    if (!object || !object->isWidgetType()) {
        return nullptr;
    }
    const QVariant role = object->property(kRoleProperty);
    if (!role.isValid()) {
        return nullptr;
    }
    const auto value = static_cast<QAccessible::Role>(role.toInt());
    if (auto* button = qobject_cast<QAbstractButton*>(object)) {
        return new RoledButtonInterface(button, value);
    }
    return new QAccessibleWidget(static_cast<QWidget*>(object), value);
}

void setRole(QWidget* widget, QAccessible::Role role)
{
    static const bool installed = [] {
        QAccessible::installFactory(&roleFactory);
        return true;
    }();
    (void)installed;
    widget->setProperty(kRoleProperty, static_cast<int>(role));
    // Qt may have made (and cached) the plain interface already, while the widget was being
    // set up (its text, its name): it would keep the old role, so it goes.
    if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        iface != nullptr && iface->role() != role) {
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
    }
}

} // namespace

void presentAsPageTabList(QWidget* container)
{
    setRole(container, QAccessible::PageTabList);
}

void presentAsPageTab(QAbstractButton* button)
{
    setRole(button, QAccessible::PageTab);
}

void presentAsRadioButton(QAbstractButton* button)
{
    setRole(button, QAccessible::RadioButton);
}

QString withoutMnemonic(const QString& text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                plain += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        plain += text.at(i);
    }
    return plain;
}

void presentAsAlert(QWidget* widget)
{
    setRole(widget, QAccessible::AlertMessage);
}

} // namespace twofold::ui
