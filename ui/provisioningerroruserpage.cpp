#include "provisioningerroruserpage.h"

#include "enumwords.h"
#include "provisioningerrordetail.h"
#include "provisioningerroruserloader.h"
#include "provisioningerrorusermodel.h"

#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>

ProvisioningErrorUserPage::ProvisioningErrorUserPage(ProvisioningErrorUserModel *model,
                                                     ProvisioningErrorUserLoader *loader, QWidget *parent)
    : ListPage(loader, model, new QSortFilterProxyModel, QStringLiteral("errorusers"), parent)
    , m_model(model)
{
    tableView()->sortByColumn(ProvisioningErrorUserModel::ErrorTime, Qt::DescendingOrder);
    retranslateUi();
    showDetail(-1);
}

void ProvisioningErrorUserPage::retranslateUi()
{
    filterEdit()->setPlaceholderText(tr("Filter users (Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter users with provisioning errors"));
    tableView()->setAccessibleName(tr("Users with provisioning errors"));
    detailView()->setAccessibleName(tr("Provisioning error details"));
    tableView()->setToolTip(aboutText());
    ListPage::retranslateUi();
}

QList<int> ProvisioningErrorUserPage::defaultColumnWidths() const
{
    return {13, 22, 16, 12, 40};
}

QStringList ProvisioningErrorUserPage::typicalTexts(int column) const
{
    return column == ProvisioningErrorUserModel::ErrorTime ? QStringList{typicalDateTime()} : QStringList();
}

QString ProvisioningErrorUserPage::countText(int count) const
{
    return tr("%Ln user(s) with provisioning errors", nullptr, count);
}

QString ProvisioningErrorUserPage::aboutText()
{
    return tr("Service provisioning is Microsoft 365 setting up the user object in its services (Exchange, "
              "SharePoint, Teams and others, named by each error's service instance). It is not Cloud PC "
              "provisioning: retrying it touches no Cloud PC.");
}

QString ProvisioningErrorUserPage::listName() const
{
    return tr("users with provisioning errors");
}

void ProvisioningErrorUserPage::showDetail(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        showDetailFields(tr("Users with service provisioning errors"), {{tr("About"), aboutText()}});
        return;
    }
    const ProvisioningErrorUser &user = m_model->at(sourceRow);
    QList<QPair<QString, QString>> fields = {
        {tr("User principal name"), user.userPrincipalName},
        {tr("Id"), user.id},
    };
    const QList<ServiceProvisioningError> errors = user.unresolvedErrors();
    for (const ServiceProvisioningError &error : errors) {
        const QString when =
            error.createdDateTime.isValid()
                ? QLocale().toString(error.createdDateTime.toLocalTime(), QLocale::LongFormat)
                : QString();
        fields.append({tr("Unresolved error"), tr("%1, %2").arg(error.serviceInstance, when)});
        // The detail is XML; shown as labelled fields when it reads as such, else as it came.
        const ProvisioningErrorDetail detail = ProvisioningErrorDetail::parse(error.errorDetail);
        if (!detail.structured) {
            fields.append({tr("Service instance"), error.serviceInstance});
            fields.append({tr("Detail"), error.errorDetail});
            continue;
        }
        // The detail names the service instance too: shown once, the detail's own when it has one.
        const QString instance =
            detail.serviceInstance.isEmpty() ? error.serviceInstance : detail.serviceInstance;
        const QList<QPair<QString, QString>> parts = {
            {tr("Service instance"), instance},
            {tr("Object id"), detail.objectId},
            {tr("Error category"), EnumWords::text(EnumWords::Kind::ErrorCategory, detail.errorCategory)},
            {tr("Description"), detail.description}};
        for (const auto &part : parts + detail.otherFields) {
            if (!part.second.isEmpty())
                fields.append(part);
        }
    }
    fields.append({tr("About"), aboutText()});
    showDetailFields(user.displayName, fields);
}
