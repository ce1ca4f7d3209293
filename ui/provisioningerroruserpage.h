#pragma once

#include "listpage.h"

class ProvisioningErrorUserLoader;
class ProvisioningErrorUserModel;

// The users-with-provisioning-errors tab: name, UPN, and the latest unresolved error (service instance,
// time, detail); the detail pane shows every unresolved error with its full detail.
class ProvisioningErrorUserPage : public ListPage
{
    Q_OBJECT
public:
    // What service provisioning is (and is not), for the header, the empty detail pane and the retry dialog.
    static QString aboutText();
    ProvisioningErrorUserPage(ProvisioningErrorUserModel *model, ProvisioningErrorUserLoader *loader,
                              QWidget *parent = nullptr);

protected:
    QList<int> defaultColumnWidths() const override;
    QStringList typicalTexts(int column) const override;
    QString countText(int count) const override;
    QString listName() const override;
    void showDetail(int sourceRow) override;
    void retranslateUi() override;

private:
    ProvisioningErrorUserModel *m_model;
};
