#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace twofold {
class Session;
}

namespace twofold::ui {

class PasswordFields;
struct VaultContext;

// Chooses a new password for the unlocked partner (after unlocking with the recovery
// code, or after failed attempts by someone else). Re-wrapping runs off the GUI thread.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    NewPasswordDialog(VaultContext& context, QWidget* parent = nullptr);

Q_SIGNALS:
    void passwordChanged();

private:
    void submit();
    void setBusy(bool busy);

    VaultContext& m_context;
    PasswordFields* m_fields;
    QLabel* m_error;
    QProgressBar* m_busy;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace twofold::ui
