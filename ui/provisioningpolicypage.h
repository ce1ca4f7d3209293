#pragma once

#include "listpage.h"

class ProvisioningPolicyLoader;
class ProvisioningPolicyModel;
class QPushButton;

// The provisioning policies tab: name, type, image, assigned groups, and how many of its Cloud PCs there are
// and failed; Enter, a double click or the detail pane's button jumps to the policy's failed Cloud PCs.
class ProvisioningPolicyPage : public ListPage
{
    Q_OBJECT
public:
    ProvisioningPolicyPage(ProvisioningPolicyModel *model, ProvisioningPolicyLoader *loader,
                           QWidget *parent = nullptr);

    QPushButton *showFailedButton() const { return m_showFailed; }
    // The policy of the current row; empty when none.
    QString currentPolicyId() const;

public Q_SLOTS:
    // Asks for the current policy's failed Cloud PCs.
    void showFailedOfCurrent();

Q_SIGNALS:
    void showFailedCloudPcsRequested(const QString &policyId, const QString &policyName);

protected:
    QList<int> defaultColumnWidths() const override;
    QStringList typicalTexts(int column) const override;
    QString countText(int count) const override;
    QString listName() const override;
    void showDetail(int sourceRow) override;
    QList<QPair<QString, QString>> selectionSummary(const QList<int> &sourceRows) const override;
    void retranslateUi() override;

private:
    ProvisioningPolicyModel *m_model;
    QPushButton *m_showFailed;
    int m_detailRow = -1;
};
