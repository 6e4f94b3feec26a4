// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/SecretFieldAccessibility.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QClipboard>
#include <QStyle>

namespace twofold::ui {

namespace {

constexpr int kMaskLength = 8;

// The field as a screen reader sees it: its name, the role "password text", whether it
// is focused or disabled, and as its text the mask while it holds something.
class SecretFieldInterface : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit SecretFieldInterface(SecretLineEdit* field) : QAccessibleWidget(field, QAccessible::EditableText)
    {}

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface) {
            return static_cast<QAccessibleTextInterface*>(this);
        }
        return QAccessibleWidget::interface_cast(type);
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.editable = !field()->isReadOnly();
        state.readOnly = field()->isReadOnly();
        // "Password text" even while the Show toggle has the text on screen.
        state.passwordEdit = true;
        return state;
    }

    QString text(QAccessible::Text type) const override
    {
        if (type == QAccessible::Value) {
            return shown();
        }
        QString text = QAccessibleWidget::text(type);
        if (type == QAccessible::Name && text.isEmpty()) {
            text = field()->placeholderText();
        }
        return text;
    }

    // QAccessibleTextInterface, over the mask: no caret, no selection, nothing to edit.
    QString text(int startOffset, int endOffset) const override
    {
        const QString mask = shown();
        if (startOffset < 0 || endOffset < startOffset) {
            return {};
        }
        return mask.mid(startOffset, endOffset - startOffset);
    }
    int characterCount() const override { return static_cast<int>(shown().size()); }
    int cursorPosition() const override { return characterCount(); }
    void setCursorPosition(int) override {}
    int selectionCount() const override { return 0; }
    void selection(int, int* startOffset, int* endOffset) const override { *startOffset = *endOffset = 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint&) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int offset, int* startOffset, int* endOffset) const override
    {
        *startOffset = *endOffset = offset;
        return {};
    }

private:
    SecretLineEdit* field() const { return static_cast<SecretLineEdit*>(widget()); }
    QString shown() const { return field()->text().isEmpty() ? QString() : secretFieldMask(); }
};

QAccessibleInterface* secretFieldFactory(const QString& className, QObject* object)
{
    if (object != nullptr && object->isWidgetType() &&
        className == QLatin1String(SecretLineEdit::staticMetaObject.className())) {
        return new SecretFieldInterface(static_cast<SecretLineEdit*>(object));
    }
    return nullptr;
}

// Events a secret field may still send: none of them carries text.
bool sayNothingOfContent(QAccessible::Event type)
{
    switch (type) {
    case QAccessible::Focus:
    case QAccessible::StateChanged:
    case QAccessible::NameChanged:
    case QAccessible::DescriptionChanged:
    case QAccessible::HelpChanged:
    case QAccessible::ObjectCreated:
    case QAccessible::ObjectDestroyed:
    case QAccessible::ObjectShow:
    case QAccessible::ObjectHide:
    case QAccessible::ObjectReorder:
    case QAccessible::LocationChanged:
    case QAccessible::ParentChanged:
        return true;
    default:
        return false;
    }
}

QAccessible::UpdateHandler g_next = nullptr;

void filterUpdate(QAccessibleEvent* event);

// Hands an event on to whoever would have had it without us.
void forward(QAccessibleEvent* event)
{
    if (g_next != nullptr) {
        g_next(event);
        return;
    }
    // Qt's own bridge: Qt offers no public way to reach it but updateAccessibility with
    // no handler installed, so the filter steps aside for this one call. (Qt tells a
    // table model change to the table's interface again in that call: its cells are kept
    // by persistent index and stay right; only the cached index of a shown row or column
    // header would move twice, and Twofold's one table hides its row headers and sets
    // its columns once.)
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(&filterUpdate);
}

void filterUpdate(QAccessibleEvent* event)
{
    QObject* object = event->object();
    if (object == nullptr) {
        if (QAccessibleInterface* iface = event->accessibleInterface()) {
            object = iface->object();
        }
    }
    if (qobject_cast<SecretLineEdit*>(object) != nullptr && !sayNothingOfContent(event->type())) {
        return; // what was typed, removed, selected or where the caret is: nobody's business
    }
    // Qt 6.4's list views tell "focus" on their current row whenever it changes, also while
    // the keyboard is elsewhere (Ctrl+S or "Read now" reload a list and set its row): a
    // screen reader would say the row as if focus had moved. Only a focused list tells it.
    if (event->type() == QAccessible::Focus && event->child() >= 0) {
        if (auto* view = qobject_cast<QAbstractItemView*>(object); view != nullptr && !view->hasFocus()) {
            return;
        }
    }
    forward(event);
}

} // namespace

QString secretFieldMask()
{
    QChar bullet(0x25CF);
    if (QApplication::style() != nullptr) {
        bullet = QChar(QApplication::style()->styleHint(QStyle::SH_LineEdit_PasswordCharacter));
    }
    return QString(kMaskLength, bullet);
}

void protectSecretFields()
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&secretFieldFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    const QAccessible::UpdateHandler previous = QAccessible::installUpdateHandler(&filterUpdate);
    if (previous != &filterUpdate) {
        g_next = previous;
    }
}

SecretLineEdit::SecretLineEdit(QWidget* parent) : QLineEdit(parent)
{
    protectSecretFields();
    // Qt may have made a plain line edit's interface for this object while the QLineEdit
    // part was being built; it would tell everything, so it goes.
    if (QAccessible::isActive()) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(this);
        if (iface != nullptr && dynamic_cast<SecretFieldInterface*>(iface) == nullptr) {
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
        }
    }
    setEchoMode(QLineEdit::Password);
}

bool SecretLineEdit::event(QEvent* event)
{
    const bool handled = QLineEdit::event(event);
    if (echoMode() == QLineEdit::Normal) {
        keepSecretFromOtherPrograms();
    }
    return handled;
}

void SecretLineEdit::keepSecretFromOtherPrograms()
{
    QClipboard* clipboard = QApplication::clipboard();
    if (clipboard == nullptr || !clipboard->supportsSelection() || !clipboard->ownsSelection()) {
        return;
    }
    const QString selected = clipboard->text(QClipboard::Selection);
    if (!selected.isEmpty() && text().contains(selected)) {
        clipboard->clear(QClipboard::Selection);
    }
}

} // namespace twofold::ui
