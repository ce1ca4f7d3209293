<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActCatalog</name>
    <message numerus="yes">
        <source>Reprovision %n Cloud PC(s)</source>
        <translation>
            <numerusform>Reprovision %n Cloud PC</numerusform>
            <numerusform>Reprovision %n Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprovision %n Cloud PC(s)? Each is wiped and rebuilt; everything on it is lost.</source>
        <translation>
            <numerusform>Reprovision %n Cloud PC? Each is wiped and rebuilt; everything on it is lost.</numerusform>
            <numerusform>Reprovision %n Cloud PCs? Each is wiped and rebuilt; everything on it is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create a %1 bulk action over %n Cloud PC(s)?</source>
        <translation>
            <numerusform>Create a %1 bulk action over %n Cloud PC?</numerusform>
            <numerusform>Create a %1 bulk action over %n Cloud PCs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry provisioning for the failed Cloud PCs of %n provisioning policy(ies)?</source>
        <translation>
            <numerusform>Retry provisioning for the failed Cloud PCs of %n provisioning policy?</numerusform>
            <numerusform>Retry provisioning for the failed Cloud PCs of %n provisioning policies?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n Cloud PC(s) of this bulk action?</source>
        <translation>
            <numerusform>Retry %n Cloud PC of this bulk action?</numerusform>
            <numerusform>Retry %n Cloud PCs of this bulk action?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry service provisioning for %n user(s)</source>
        <translation>
            <numerusform>Retry service provisioning for %n user</numerusform>
            <numerusform>Retry service provisioning for %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the Microsoft 365 service provisioning of %n user(s)?</source>
        <translation>
            <numerusform>Retry the Microsoft 365 service provisioning of %n user?</numerusform>
            <numerusform>Retry the Microsoft 365 service provisioning of %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create bulk action &quot;%1&quot; (%n Cloud PC(s))</source>
        <translation>
            <numerusform>Create bulk action &quot;%1&quot; (%n Cloud PC)</numerusform>
            <numerusform>Create bulk action &quot;%1&quot; (%n Cloud PCs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n provisioning policy(ies)</source>
        <translation>
            <numerusform>Retry %n provisioning policy</numerusform>
            <numerusform>Retry %n provisioning policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry bulk action %1 on %n Cloud PC(s)</source>
        <translation>
            <numerusform>Retry bulk action %1 on %n Cloud PC</numerusform>
            <numerusform>Retry bulk action %1 on %n Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Cloud PC(s)</source>
        <translation>
            <numerusform>Restart %n Cloud PC</numerusform>
            <numerusform>Restart %n Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n Cloud PC(s)? Their users are disconnected and lose what they did not save.</source>
        <translation>
            <numerusform>Restart %n Cloud PC? Their users are disconnected and lose what they did not save.</numerusform>
            <numerusform>Restart %n Cloud PCs? Their users are disconnected and lose what they did not save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Troubleshoot %n Cloud PC(s)</source>
        <translation>
            <numerusform>Troubleshoot %n Cloud PC</numerusform>
            <numerusform>Troubleshoot %n Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Troubleshoot %n Cloud PC(s)? Each Cloud PC and its session host are checked.</source>
        <translation>
            <numerusform>Troubleshoot %n Cloud PC? Each Cloud PC and its session host are checked.</numerusform>
            <numerusform>Troubleshoot %n Cloud PCs? Each Cloud PC and its session host are checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the grace period of %n Cloud PC(s)</source>
        <translation>
            <numerusform>End the grace period of %n Cloud PC</numerusform>
            <numerusform>End the grace period of %n Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the grace period of %n Cloud PC(s)? They are deprovisioned at once; what is on them is lost.</source>
        <translation>
            <numerusform>End the grace period of %n Cloud PC? They are deprovisioned at once; what is on them is lost.</numerusform>
            <numerusform>End the grace period of %n Cloud PCs? They are deprovisioned at once; what is on them is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the account type on %n Cloud PC(s)</source>
        <translation>
            <numerusform>Change the account type on %n Cloud PC</numerusform>
            <numerusform>Change the account type on %n Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the users of %n Cloud PC(s) local administrators?</source>
        <translation>
            <numerusform>Make the users of %n Cloud PC local administrators?</numerusform>
            <numerusform>Make the users of %n Cloud PCs local administrators?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the users of %n Cloud PC(s) standard users?</source>
        <translation>
            <numerusform>Make the users of %n Cloud PC standard users?</numerusform>
            <numerusform>Make the users of %n Cloud PCs standard users?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message numerus="yes">
        <source>%1 — %n failed Cloud PC(s)</source>
        <translation>
            <numerusform>%1 — %n failed Cloud PC</numerusform>
            <numerusform>%1 — %n failed Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provision the failed Cloud PCs of %n policy(ies) again? The Cloud PCs are not loaded yet, so how many failed is not known.</source>
        <translation>
            <numerusform>Provision the failed Cloud PCs of %n policy again? The Cloud PCs are not loaded yet, so how many failed is not known.</numerusform>
            <numerusform>Provision the failed Cloud PCs of %n policies again? The Cloud PCs are not loaded yet, so how many failed is not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the Cloud PCs of %n policy(ies) has failed in the list loaded; Graph will have nothing to retry unless some failed since. Send the retry anyway?</source>
        <translation>
            <numerusform>None of the Cloud PCs of %n policy has failed in the list loaded; Graph will have nothing to retry unless some failed since. Send the retry anyway?</numerusform>
            <numerusform>None of the Cloud PCs of %n policies has failed in the list loaded; Graph will have nothing to retry unless some failed since. Send the retry anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provision %n failed Cloud PC(s) again? Cloud PCs that did not fail are not touched.</source>
        <translation>
            <numerusform>Provision %n failed Cloud PC again? Cloud PCs that did not fail are not touched.</numerusform>
            <numerusform>Provision %n failed Cloud PCs again? Cloud PCs that did not fail are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) sent in an earlier session never heard back (the console was closed or stopped while they were under way). Graph may or may not have carried them out: check the status of these items before acting on them again.</source>
        <translation>
            <numerusform>%n act sent in an earlier session never heard back (the console was closed or stopped while it was under way). Graph may or may not have carried it out: check the status of its items before acting on them again.</numerusform>
            <numerusform>%n acts sent in an earlier session never heard back (the console was closed or stopped while they were under way). Graph may or may not have carried them out: check the status of these items before acting on them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) of an earlier session have an unknown outcome</source>
        <translation>
            <numerusform>%n act of an earlier session has an unknown outcome</numerusform>
            <numerusform>%n acts of an earlier session have an unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of your acts are not sent yet.</source>
        <translation>
            <numerusform>%n request of your acts is not sent yet.</numerusform>
            <numerusform>%n requests of your acts are not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) are waiting for Graph&apos;s answer and %1.</source>
        <translation>
            <numerusform>%n request is waiting for Graph&apos;s answer and %1.</numerusform>
            <numerusform>%n requests are waiting for Graph&apos;s answer and %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are not sent yet</source>
        <translation>
            <numerusform>%n is not sent yet</numerusform>
            <numerusform>%n are not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the Microsoft 365 service provisioning of %n user(s)? Their user object is provisioned again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from this list once it succeeds.</source>
        <translation>
            <numerusform>Retry the Microsoft 365 service provisioning of %n user? Their user object is provisioned again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from this list once it succeeds.</numerusform>
            <numerusform>Retry the Microsoft 365 service provisioning of %n users? Their user object is provisioned again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from this list once it succeeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%n selected Cloud PC is left out:</numerusform>
            <numerusform>%n selected Cloud PCs are left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%n record in %1</numerusform>
            <numerusform>%n records in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n unreadable line(s) skipped</source>
        <translation>
            <numerusform>%1; %n unreadable line skipped</numerusform>
            <numerusform>%1; %n unreadable lines skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionModel</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not supported</source>
        <translation>
            <numerusform>%n not supported</numerusform>
            <numerusform>%n not supported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionPage</name>
    <message numerus="yes">
        <source>%n bulk action(s)</source>
        <translation>
            <numerusform>%n bulk action</numerusform>
            <numerusform>%n bulk actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionRetryDialog</name>
    <message numerus="yes">
        <source>%1 · %n Cloud PC(s) · %2 succeeded, %3 failed, %4 in progress</source>
        <translation>
            <numerusform>%1 · %n Cloud PC · %2 succeeded, %3 failed, %4 in progress</numerusform>
            <numerusform>%1 · %n Cloud PCs · %2 succeeded, %3 failed, %4 in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Cloud PC(s) will be retried.</source>
        <translation>
            <numerusform>%n Cloud PC will be retried.</numerusform>
            <numerusform>%n Cloud PCs will be retried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudPcPage</name>
    <message numerus="yes">
        <source>%n Cloud PC(s)</source>
        <translation>
            <numerusform>%n Cloud PC</numerusform>
            <numerusform>%n Cloud PCs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateBulkActionDialog</name>
    <message numerus="yes">
        <source>Create a bulk action over %n Cloud PC(s)</source>
        <translation>
            <numerusform>Create a bulk action over %n Cloud PC</numerusform>
            <numerusform>Create a bulk action over %n Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n Cloud PC(s) – %2</source>
        <translation>
            <numerusform>%1 %n Cloud PC – %2</numerusform>
            <numerusform>%1 %n Cloud PCs – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityRequest</name>
    <message numerus="yes">
        <source>The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n byte(s)).</source>
        <translation>
            <numerusform>The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n byte).</numerusform>
            <numerusform>The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractiveSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). If the browser tab was closed, sign in again.</source>
        <translation>
            <numerusform>No answer came back from the browser within %n minute. If the browser tab was closed, sign in again.</numerusform>
            <numerusform>No answer came back from the browser within %n minutes. If the browser tab was closed, sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>Loading %1… %n loaded</source>
        <translation>
            <numerusform>Loading %1… %n loaded</numerusform>
            <numerusform>Loading %1… %n loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n row(s) selected</source>
        <translation>
            <numerusform>%n row selected</numerusform>
            <numerusform>%n rows selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n Cloud PC(s) in %1 ms</source>
        <translation>
            <numerusform>Loaded %n Cloud PC in %1 ms</numerusform>
            <numerusform>Loaded %n Cloud PCs in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome unknown</source>
        <translation>
            <numerusform>%n outcome unknown</numerusform>
            <numerusform>%n outcomes unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningErrorUserPage</name>
    <message numerus="yes">
        <source>%n user(s) with provisioning errors</source>
        <translation>
            <numerusform>%n user with provisioning errors</numerusform>
            <numerusform>%n users with provisioning errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyModel</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyPage</name>
    <message numerus="yes">
        <source>%n provisioning policy(s)</source>
        <translation>
            <numerusform>%n provisioning policy</numerusform>
            <numerusform>%n provisioning policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n failed Cloud PC(s)</source>
        <translation>
            <numerusform>Show %n failed Cloud PC</numerusform>
            <numerusform>Show %n failed Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprovisionDialog</name>
    <message numerus="yes">
        <source>Reprovision %n Cloud PCs</source>
        <translation>
            <numerusform>Reprovision %n Cloud PC</numerusform>
            <numerusform>Reprovision %n Cloud PCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Reprovisioning wipes %n Cloud PC(s) and rebuilds them&lt;/b&gt; from the image of their provisioning policy. Everything stored on them is lost, and their users are signed out until it ends (about an hour). It cannot be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;Reprovisioning wipes %n Cloud PC and rebuilds it&lt;/b&gt; from the image of its provisioning policy. Everything stored on it is lost, and its user is signed out until it ends (about an hour). It cannot be undone.</numerusform>
            <numerusform>&lt;b&gt;Reprovisioning wipes %n Cloud PCs and rebuilds them&lt;/b&gt; from the image of their provisioning policy. Everything stored on them is lost, and their users are signed out until it ends (about an hour). It cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them work today (provisioned or in grace period): they are wiped too.</source>
        <translation>
            <numerusform>%n of them works today (provisioned or in grace period): it is wiped too.</numerusform>
            <numerusform>%n of them work today (provisioned or in grace period): they are wiped too.</numerusform>
        </translation>
    </message>
</context>
</TS>
