<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Cloud PC Console</source>
        <translation>À propos de Cloud PC Console</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Icône de l&apos;application</translation>
    </message>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>Manage Windows 365 Cloud PCs through Microsoft Graph.</source>
        <translation>Gérez les PC cloud Windows 365 via Microsoft Graph.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2</translation>
    </message>
    <message>
        <source>Microsoft Graph: %1</source>
        <translation>Microsoft Graph&#xa0;: %1</translation>
    </message>
    <message>
        <source>Licence: see the LICENSE file that comes with Cloud PC Console.</source>
        <translation>Licence&#xa0;: voir le fichier LICENSE fourni avec Cloud PC Console.</translation>
    </message>
    <message>
        <source>It uses this third-party software:</source>
        <translation>Logiciels tiers utilisés&#xa0;:</translation>
    </message>
    <message>
        <source>Qt (Core, GUI, Widgets, Network, SVG): GNU LGPL version 3</source>
        <translation>Qt (Core, GUI, Widgets, Network, SVG)&#xa0;: GNU LGPL version 3</translation>
    </message>
    <message>
        <source>Qt Network Authorization and Qt HTTP Server: GNU GPL version 3</source>
        <translation>Qt Network Authorization et Qt HTTP Server&#xa0;: GNU GPL version 3</translation>
    </message>
    <message>
        <source>QtKeychain: BSD licence (2-clause)</source>
        <translation>QtKeychain&#xa0;: licence BSD (2 clauses)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Cloud PC Console</source>
        <translation>À &amp;propos de Cloud PC Console</translation>
    </message>
</context>
<context>
    <name>ActCatalog</name>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Réapprovisionner %Ln PC cloud</numerusform>
            <numerusform>Réapprovisionner %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PC(s)? Each is wiped and rebuilt; everything on it is lost.</source>
        <translation>
            <numerusform>Réapprovisionner %Ln PC cloud ? Il est effacé et reconstruit ; tout ce qu’il contient est perdu.</numerusform>
            <numerusform>Réapprovisionner %Ln PC cloud ? Chacun est effacé et reconstruit ; tout ce qu’il contient est perdu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;bulk action…</source>
        <translation>Créer une action en &amp;bloc…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Retry &amp;policy…</source>
        <translation>Relancer la &amp;stratégie…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Retry policy %1</source>
        <translation>Relancer la stratégie %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry provisioning for the failed Cloud PCs of %Ln provisioning policy(ies)?</source>
        <translation>
            <numerusform>Relancer l’approvisionnement des PC cloud en échec de %Ln stratégie d’approvisionnement ?</numerusform>
            <numerusform>Relancer l’approvisionnement des PC cloud en échec de %Ln stratégies d’approvisionnement ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry every failed Cloud PC of this bulk action?</source>
        <translation>Relancer chaque PC cloud en échec de cette action en bloc ?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln Cloud PC(s) of this bulk action?</source>
        <translation>
            <numerusform>Relancer %Ln PC cloud de cette action en bloc ?</numerusform>
            <numerusform>Relancer %Ln PC cloud de cette action en bloc ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;user provisioning…</source>
        <translation>Relancer l’approvisionnement &amp;utilisateur…</translation>
    </message>
    <message>
        <source>Retry service provisioning for the selected users</source>
        <translation>Relancer l’approvisionnement des services pour les utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Retry service provisioning for %1</source>
        <translation>Relancer l’approvisionnement des services pour %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry service provisioning for %Ln user(s)</source>
        <translation>
            <numerusform>Relancer l’approvisionnement des services pour %Ln utilisateur</numerusform>
            <numerusform>Relancer l’approvisionnement des services pour %Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the Microsoft 365 service provisioning of %Ln user(s)?</source>
        <translation>
            <numerusform>Relancer l’approvisionnement des services Microsoft 365 de %Ln utilisateur ?</numerusform>
            <numerusform>Relancer l’approvisionnement des services Microsoft 365 de %Ln utilisateurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;provision…</source>
        <translation>&amp;Réapprovisionner…</translation>
    </message>
    <message>
        <source>Wipe and rebuild the selected Cloud PCs</source>
        <translation>Effacer et reconstruire les PC cloud sélectionnés</translation>
    </message>
    <message>
        <source>Start a bulk action over the selected Cloud PCs</source>
        <translation>Lancer une action en bloc sur les PC cloud sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>Create bulk action &quot;%1&quot; (%Ln Cloud PC(s))</source>
        <translation>
            <numerusform>Créer l&apos;action en bloc «&#xa0;%1&#xa0;» (%Ln PC cloud)</numerusform>
            <numerusform>Créer l&apos;action en bloc «&#xa0;%1&#xa0;» (%Ln PC cloud)</numerusform>
        </translation>
    </message>
    <message>
        <source>Provision the failed Cloud PCs of the selected policies again</source>
        <translation>Approvisionner à nouveau les PC cloud en échec des stratégies sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln provisioning policy(ies)</source>
        <translation>
            <numerusform>Réessayer %Ln stratégie d&apos;approvisionnement</numerusform>
            <numerusform>Réessayer %Ln stratégies d&apos;approvisionnement</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry bulk &amp;action…</source>
        <translation>Réessayer l&apos;&amp;action en bloc…</translation>
    </message>
    <message>
        <source>Run the selected bulk action again on its failed Cloud PCs</source>
        <translation>Relancer l&apos;action en bloc sélectionnée sur ses PC cloud en échec</translation>
    </message>
    <message>
        <source>Retry bulk action %1 on every failed Cloud PC</source>
        <translation>Réessayer l&apos;action en bloc %1 sur tous les PC cloud en échec</translation>
    </message>
    <message numerus="yes">
        <source>Retry bulk action %1 on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Réessayer l&apos;action en bloc %1 sur %Ln PC cloud</numerusform>
            <numerusform>Réessayer l&apos;action en bloc %1 sur %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation>Re&amp;démarrer…</translation>
    </message>
    <message>
        <source>Restart the selected Cloud PCs</source>
        <translation>Redémarrer les PC cloud sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>Restart %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Redémarrer %Ln PC cloud</numerusform>
            <numerusform>Redémarrer %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Dépanner…</translation>
    </message>
    <message>
        <source>Check the selected Cloud PCs and their session hosts</source>
        <translation>Vérifier les PC cloud sélectionnés et leurs hôtes de session</translation>
    </message>
    <message numerus="yes">
        <source>Troubleshoot %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Dépanner %Ln PC cloud</numerusform>
            <numerusform>Dépanner %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Troubleshoot %Ln Cloud PC(s)? Each Cloud PC and its session host are checked.</source>
        <translation>
            <numerusform>Dépanner %Ln PC cloud ? Le PC cloud et son hôte de session sont vérifiés.</numerusform>
            <numerusform>Dépanner %Ln PC cloud ? Chaque PC cloud et son hôte de session sont vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>End &amp;grace period…</source>
        <translation>Terminer la période de &amp;grâce…</translation>
    </message>
    <message>
        <source>End the grace period of the selected Cloud PCs: they are deprovisioned</source>
        <translation>Terminer la période de grâce des PC cloud sélectionnés : ils sont déprovisionnés</translation>
    </message>
    <message numerus="yes">
        <source>End the grace period of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Terminer la période de grâce de %Ln PC cloud</numerusform>
            <numerusform>Terminer la période de grâce de %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in its grace period (%2).</source>
        <translation>%1 n’est pas en période de grâce (%2).</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Give the selected Cloud PC another display name</source>
        <translation>Donner un autre nom d’affichage au PC cloud sélectionné</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Rename this Cloud PC to &quot;%1&quot;?</source>
        <translation>Renommer ce PC cloud en « %1 » ?</translation>
    </message>
    <message>
        <source>Change &amp;account type…</source>
        <translation>Changer le type de &amp;compte…</translation>
    </message>
    <message>
        <source>Make the users of the selected Cloud PCs standard users or administrators</source>
        <translation>Faire des utilisateurs des PC cloud sélectionnés des utilisateurs standard ou des administrateurs</translation>
    </message>
    <message numerus="yes">
        <source>Change the account type on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Changer le type de compte sur %Ln PC cloud</numerusform>
            <numerusform>Changer le type de compte sur %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the users of %Ln Cloud PC(s) local administrators?</source>
        <translation>
            <numerusform>Faire des utilisateurs de %Ln PC cloud des administrateurs locaux ?</numerusform>
            <numerusform>Faire des utilisateurs de %Ln PC cloud des administrateurs locaux ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the users of %Ln Cloud PC(s) standard users?</source>
        <translation>
            <numerusform>Faire des utilisateurs de %Ln PC cloud des utilisateurs standard ?</numerusform>
            <numerusform>Faire des utilisateurs de %Ln PC cloud des utilisateurs standard ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %Ln Cloud PC(s)? Their users are disconnected and lose what they did not save.</source>
        <translation>
            <numerusform>Redémarrer %Ln PC cloud ? Ses utilisateurs sont déconnectés et perdent ce qu’ils n’ont pas enregistré.</numerusform>
            <numerusform>Redémarrer %Ln PC cloud ? Leurs utilisateurs sont déconnectés et perdent ce qu’ils n’ont pas enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the grace period of %Ln Cloud PC(s)? They are deprovisioned at once; what is on them is lost.</source>
        <translation>
            <numerusform>Terminer la période de grâce de %Ln PC cloud ? Il est déprovisionné aussitôt ; ce qu’il contient est perdu.</numerusform>
            <numerusform>Terminer la période de grâce de %Ln PC cloud ? Ils sont déprovisionnés aussitôt ; ce qu’ils contiennent est perdu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create a bulk action (%1) over %Ln Cloud PC(s)?</source>
        <translation>
            <numerusform>Créer une action en bloc (%1) sur %Ln PC cloud ?</numerusform>
            <numerusform>Créer une action en bloc (%1) sur %Ln PC cloud ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>%1 is being deprovisioned.</source>
        <translation>%1 est en cours de déprovisionnement.</translation>
    </message>
    <message>
        <source>%1 is not a Frontline Cloud PC: only those are powered on and off.</source>
        <translation>%1 n’est pas un PC cloud Frontline : seuls ceux-ci s’allument et s’éteignent.</translation>
    </message>
    <message>
        <source>%1 is not a Frontline Cloud PC (%2): only those are powered on and off.</source>
        <translation>%1 n’est pas un PC cloud Frontline (%2) : seuls ceux-ci s’allument et s’éteignent.</translation>
    </message>
    <message>
        <source>Po&amp;wer on…</source>
        <translation>A&amp;llumer…</translation>
    </message>
    <message>
        <source>Power o&amp;ff…</source>
        <translation>É&amp;teindre…</translation>
    </message>
    <message>
        <source>Power on the selected Frontline Cloud PCs</source>
        <translation>Allumer les PC cloud Frontline sélectionnés</translation>
    </message>
    <message>
        <source>Power off the selected Frontline Cloud PCs: their users&apos; sessions end</source>
        <translation>Éteindre les PC cloud Frontline sélectionnés : les sessions de leurs utilisateurs prennent fin</translation>
    </message>
    <message numerus="yes">
        <source>Power on %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Allumer %Ln PC cloud</numerusform>
            <numerusform>Allumer %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power on %Ln Frontline Cloud PC(s)?</source>
        <translation>
            <numerusform>Allumer %Ln PC cloud Frontline ?</numerusform>
            <numerusform>Allumer %Ln PC cloud Frontline ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Éteindre %Ln PC cloud</numerusform>
            <numerusform>Éteindre %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power off %Ln Frontline Cloud PC(s)? The session of each user ends; what they did not save is lost.</source>
        <translation>
            <numerusform>Éteindre %Ln PC cloud Frontline ? La session de l’utilisateur prend fin ; ce qui n’est pas enregistré est perdu.</numerusform>
            <numerusform>Éteindre %Ln PC cloud Frontline ? La session de chaque utilisateur prend fin ; ce qui n’est pas enregistré est perdu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;view status…</source>
        <translation>État d’e&amp;xamen…</translation>
    </message>
    <message>
        <source>Place the selected Cloud PCs under review, or end their review</source>
        <translation>Placer les PC cloud sélectionnés en examen, ou mettre fin à leur examen</translation>
    </message>
    <message numerus="yes">
        <source>End the review of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Mettre fin à l’examen de %Ln PC cloud</numerusform>
            <numerusform>Mettre fin à l’examen de %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %Ln Cloud PC(s) under review</source>
        <translation>
            <numerusform>Placer %Ln PC cloud en examen</numerusform>
            <numerusform>Placer %Ln PC cloud en examen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End the review of %Ln Cloud PC(s)? Their users get their usual access back.</source>
        <translation>
            <numerusform>Mettre fin à l’examen de %Ln PC cloud ? Son utilisateur retrouve son accès habituel.</numerusform>
            <numerusform>Mettre fin à l’examen de %Ln PC cloud ? Leurs utilisateurs retrouvent leur accès habituel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %Ln Cloud PC(s) under review? A snapshot of each goes to the storage account for investigation.</source>
        <translation>
            <numerusform>Placer %Ln PC cloud en examen ? Un instantané est envoyé au compte de stockage pour investigation.</numerusform>
            <numerusform>Placer %Ln PC cloud en examen ? Un instantané de chacun est envoyé au compte de stockage pour investigation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry partner ag&amp;ents…</source>
        <translation>Réessayer les agents &amp;partenaires…</translation>
    </message>
    <message>
        <source>Install the partner agents that failed on the selected Cloud PCs again</source>
        <translation>Réinstaller les agents partenaires en échec sur les PC cloud sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>Retry the partner agents of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Réessayer les agents partenaires de %Ln PC cloud</numerusform>
            <numerusform>Réessayer les agents partenaires de %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install the failed partner agents of %Ln Cloud PC(s) again?</source>
        <translation>
            <numerusform>Réinstaller les agents partenaires en échec de %Ln PC cloud ?</numerusform>
            <numerusform>Réinstaller les agents partenaires en échec de %Ln PC cloud ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no failed partner agent install.</source>
        <translation>Aucune installation d’agent partenaire n’a échoué sur %1.</translation>
    </message>
    <message>
        <source>%1 is not provisioned (%2): only a provisioned Cloud PC can be resized.</source>
        <translation>%1 n’est pas provisionné (%2) : seul un PC cloud provisionné peut être redimensionné.</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>Redimen&amp;sionner…</translation>
    </message>
    <message>
        <source>Move the selected Cloud PCs to another service plan of their type</source>
        <translation>Passer les PC cloud sélectionnés à un autre plan de service de leur type</translation>
    </message>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Redimensionner %Ln PC cloud</numerusform>
            <numerusform>Redimensionner %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s) to the service plan %1? Each restarts, and its users are disconnected until the resize ends.</source>
        <translation>
            <numerusform>Redimensionner %Ln PC cloud vers le plan de service %1 ? Il redémarre et ses utilisateurs sont déconnectés jusqu’à la fin du redimensionnement.</numerusform>
            <numerusform>Redimensionner %Ln PC cloud vers le plan de service %1 ? Chacun redémarre et ses utilisateurs sont déconnectés jusqu’à la fin du redimensionnement.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2: it has no restore point to act on now.</source>
        <translation>%1 est %2 : il n’a pas de point de restauration utilisable pour le moment.</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>Rest&amp;aurer…</translation>
    </message>
    <message>
        <source>Return the selected Cloud PC to one of its restore points</source>
        <translation>Ramener le PC cloud sélectionné à l’un de ses points de restauration</translation>
    </message>
    <message>
        <source>Restore %1 to restore point %2</source>
        <translation>Restaurer %1 au point de restauration %2</translation>
    </message>
    <message>
        <source>Restore this Cloud PC to restore point %1? It returns to the state it was in at that moment: everything done on it since (files, apps, settings) is lost, and its user is disconnected while it is restored.</source>
        <translation>Restaurer ce PC cloud au point de restauration %1 ? Il revient à l’état où il était à ce moment-là : tout ce qui y a été fait depuis (fichiers, applications, paramètres) est perdu, et son utilisateur est déconnecté pendant la restauration.</translation>
    </message>
    <message>
        <source>&amp;Create snapshot…</source>
        <translation>&amp;Créer un instantané…</translation>
    </message>
    <message>
        <source>Take a restore point of the selected Cloud PCs now</source>
        <translation>Créer maintenant un point de restauration des PC cloud sélectionnés</translation>
    </message>
    <message>
        <source>Create a snapshot of %1</source>
        <translation>Créer un instantané de %1</translation>
    </message>
    <message numerus="yes">
        <source>Create a snapshot of %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Créer un instantané de %Ln PC cloud</numerusform>
            <numerusform>Créer un instantané de %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a restore point of %Ln Cloud PC(s) now? Their users can keep working.</source>
        <translation>
            <numerusform>Créer maintenant un point de restauration de %Ln PC cloud ? Son utilisateur peut continuer à travailler.</numerusform>
            <numerusform>Créer maintenant un point de restauration de %Ln PC cloud ? Leurs utilisateurs peuvent continuer à travailler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;health checks</source>
        <translation>Exécuter les &amp;contrôles d&apos;intégrité</translation>
    </message>
    <message>
        <source>Run the health checks of the selected Azure network connections again</source>
        <translation>Exécuter à nouveau les contrôles d&apos;intégrité des connexions réseau Azure sélectionnées</translation>
    </message>
    <message>
        <source>Run the health checks of %1</source>
        <translation>Exécuter les contrôles d&apos;intégrité de %1</translation>
    </message>
    <message numerus="yes">
        <source>Run the health checks of %Ln network connection(s)</source>
        <translation>
            <numerusform>Exécuter les contrôles d&apos;intégrité de %Ln connexion réseau</numerusform>
            <numerusform>Exécuter les contrôles d&apos;intégrité de %Ln connexions réseau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run the health checks of %Ln Azure network connection(s) again? Cloud PCs are not changed; the checks take a few minutes.</source>
        <translation>
            <numerusform>Exécuter à nouveau les contrôles d&apos;intégrité de %Ln connexion réseau Azure ? Les PC cloud ne sont pas modifiés ; les contrôles prennent quelques minutes.</numerusform>
            <numerusform>Exécuter à nouveau les contrôles d&apos;intégrité de %Ln connexions réseau Azure ? Les PC cloud ne sont pas modifiés ; les contrôles prennent quelques minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActFollower</name>
    <message>
        <source>The service reports the act failed, without a reason.</source>
        <translation>Le service signale l’échec de l’action, sans raison.</translation>
    </message>
    <message>
        <source>The Cloud PC ended failed.</source>
        <translation>Le PC cloud s’est terminé en échec.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln Cloud PC(s) failed</source>
        <translation>
            <numerusform>%1 PC cloud sur %Ln en échec</numerusform>
            <numerusform>%1 PC cloud sur %Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (followed again after a restart)</source>
        <translation>%1 (suivi repris après un redémarrage)</translation>
    </message>
    <message>
        <source>It no longer exists on the service.</source>
        <translation>Il n’existe plus dans le service.</translation>
    </message>
    <message>
        <source>Still running after %1 min; no longer followed.</source>
        <translation>Toujours en cours après %1 min ; n’est plus suivi.</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Operations panel</source>
        <translation>&amp;Panneau des opérations</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Every act sent from this computer, with its outcome</source>
        <translation>Chaque action envoyée depuis cet ordinateur, avec son résultat</translation>
    </message>
    <message>
        <source>The same act is already under way for every item.</source>
        <translation>La même action est déjà en cours pour tous les éléments.</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>Rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 was not sent. %2</source>
        <translation>%1 n&apos;a pas été envoyé. %2</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1&#xa0;: envoi…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln failed Cloud PC(s)</source>
        <translation>
            <numerusform>%1 — %Ln PC cloud en échec</numerusform>
            <numerusform>%1 — %Ln PC cloud en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provision %Ln failed Cloud PC(s) again? Cloud PCs that did not fail are not touched.</source>
        <translation>
            <numerusform>Approvisionner à nouveau %Ln PC cloud en échec&#xa0;? Les PC cloud qui n&apos;ont pas échoué ne sont pas modifiés.</numerusform>
            <numerusform>Approvisionner à nouveau %Ln PC cloud en échec&#xa0;? Les PC cloud qui n&apos;ont pas échoué ne sont pas modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry provisioning policy</source>
        <translation>Réessayer la stratégie d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry service provisioning</source>
        <translation>Réessayer l&apos;approvisionnement du service</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <source>Acts with an unknown outcome</source>
        <translation>Actions au résultat inconnu</translation>
    </message>
    <message>
        <source>Show &amp;audit log</source>
        <translation>Afficher le &amp;journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln act(s) of an earlier session have an unknown outcome</source>
        <translation>
            <numerusform>%Ln action d&apos;une session précédente a un résultat inconnu</numerusform>
            <numerusform>%Ln actions d&apos;une session précédente ont un résultat inconnu</numerusform>
        </translation>
    </message>
    <message>
        <source>Acts under way</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>If you close now, what is not sent is cancelled, and what was sent is recorded as outcome unknown, to check on the next start.</source>
        <translation>Si vous fermez maintenant, ce qui n&apos;est pas envoyé est annulé, et ce qui a été envoyé est consigné avec un résultat inconnu, à vérifier au prochain démarrage.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>Fermer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) of your acts are not sent yet.</source>
        <translation>
            <numerusform>%Ln requête de vos actions n&apos;est pas encore envoyée.</numerusform>
            <numerusform>%Ln requêtes de vos actions ne sont pas encore envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you change the account now, they are cancelled, so that nothing goes out under another account; what was already sent keeps its outcome in the operations panel.</source>
        <translation>Si vous changez de compte maintenant, elles sont annulées, afin que rien ne parte sous un autre compte ; ce qui a déjà été envoyé garde son résultat dans le panneau des opérations.</translation>
    </message>
    <message>
        <source>Cancel them and &amp;continue</source>
        <translation>Les annuler et &amp;continuer</translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) are waiting for Graph&apos;s answer and %1.</source>
        <translation>
            <numerusform>%Ln requête attend la réponse de Graph et %1.</numerusform>
            <numerusform>%Ln requêtes attendent la réponse de Graph et %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are not sent yet</source>
        <translation>
            <numerusform>%Ln n&apos;a pas encore été envoyée</numerusform>
            <numerusform>%Ln n&apos;ont pas encore été envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the Cloud PCs of the selected policies has failed: there is nothing to retry.</source>
        <translation>Aucun PC cloud des stratégies sélectionnées n’est en échec : il n’y a rien à relancer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln PC cloud sélectionné est laissé de côté :</numerusform>
            <numerusform>%Ln PC cloud sélectionnés sont laissés de côté :</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation>Utilisateur standard</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User account type</source>
        <translation>Type de compte utilisateur</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message numerus="yes">
        <source>Provision the failed Cloud PCs of %Ln policy(ies) again? The Cloud PCs are not loaded yet, so how many failed is not known.</source>
        <translation>
            <numerusform>Approvisionner à nouveau les PC cloud en échec de %Ln stratégie&#xa0;? Les PC cloud ne sont pas encore chargés&#xa0;: le nombre d&apos;échecs n&apos;est pas connu.</numerusform>
            <numerusform>Approvisionner à nouveau les PC cloud en échec de %Ln stratégies&#xa0;? Les PC cloud ne sont pas encore chargés&#xa0;: le nombre d&apos;échecs n&apos;est pas connu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the Cloud PCs of %Ln policy(ies) has failed in the list loaded; Graph will have nothing to retry unless some failed since. Send the retry anyway?</source>
        <translation>
            <numerusform>Dans la liste chargée, aucun PC cloud de %Ln stratégie n&apos;est en échec&#xa0;; Graph n&apos;aura rien à réessayer, sauf si certains ont échoué depuis. Envoyer quand même la nouvelle tentative&#xa0;?</numerusform>
            <numerusform>Dans la liste chargée, aucun PC cloud de %Ln stratégies n&apos;est en échec&#xa0;; Graph n&apos;aura rien à réessayer, sauf si certains ont échoué depuis. Envoyer quand même la nouvelle tentative&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the Microsoft 365 service provisioning of %Ln user(s)? Their user object is provisioned again in the services named below (Exchange, SharePoint, Teams…); their errors disappear from this list once it succeeds.</source>
        <translation>
            <numerusform>Relancer l’approvisionnement des services Microsoft 365 de %Ln utilisateur ? Son objet utilisateur est de nouveau approvisionné dans les services nommés ci-dessous (Exchange, SharePoint, Teams…) ; ses erreurs disparaissent de cette liste une fois l’opération réussie.</numerusform>
            <numerusform>Relancer l’approvisionnement des services Microsoft 365 de %Ln utilisateurs ? Leur objet utilisateur est de nouveau approvisionné dans les services nommés ci-dessous (Exchange, SharePoint, Teams…) ; leurs erreurs disparaissent de cette liste une fois l’opération réussie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln act(s) sent in an earlier session never heard back (the console was closed or stopped while they were under way). Graph may or may not have carried them out: check the status of these items before acting on them again.</source>
        <translation>
            <numerusform>%Ln action envoyée lors d&apos;une session précédente n&apos;a jamais reçu de réponse (la console a été fermée ou arrêtée pendant son exécution). Graph l&apos;a peut-être exécutée, peut-être pas&#xa0;: vérifiez l&apos;état de ces éléments avant d&apos;agir à nouveau dessus.</numerusform>
            <numerusform>%Ln actions envoyées lors d&apos;une session précédente n&apos;ont jamais reçu de réponse (la console a été fermée ou arrêtée pendant leur exécution). Graph les a peut-être exécutées, peut-être pas&#xa0;: vérifiez l&apos;état de ces éléments avant d&apos;agir à nouveau dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>More acts</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>The other acts on the selection (also in the Actions menu and the context menu)</source>
        <translation>Les autres actions sur la sélection (aussi dans le menu Actions et le menu contextuel)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Laissé de côté : %1</translation>
    </message>
    <message>
        <source>Storage account (resource id, optional)</source>
        <translation>Compte de stockage (ID de ressource, facultatif)</translation>
    </message>
    <message>
        <source>Access tier</source>
        <translation>Niveau d’accès</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Cool</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Très froid</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Graph does not offer &quot;%1&quot; for %2 now.</source>
        <translation>Graph ne propose pas « %1 » pour %2 actuellement.</translation>
    </message>
    <message>
        <source>Followed to its end: %1</source>
        <translation>Suivi jusqu’à la fin : %1</translation>
    </message>
    <message>
        <source>%1: followed again from the last session</source>
        <translation>%1&#xa0;: suivi repris depuis la dernière session</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Réessayer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was sent in an earlier session with options that are not known now; do it again from the Cloud PCs tab for: %2</source>
        <translation>%1 a été envoyé lors d’une session précédente avec des options inconnues à présent&#xa0;; refaites-le depuis l’onglet PC cloud pour&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Graph accepted %1 for %Ln Cloud PC(s) and then said it failed. Send it again to them, as a new operation with the same options?</source>
        <translation>
            <numerusform>Graph a accepté %1 pour %Ln PC cloud, puis l’a signalé en échec. Le renvoyer à ce PC, comme nouvelle opération avec les mêmes options&#xa0;?</numerusform>
            <numerusform>Graph a accepté %1 pour %Ln PC cloud, puis l’a signalé en échec. Le renvoyer à ces PC, comme nouvelle opération avec les mêmes options&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Like the first time, what is on them is lost.</source>
        <translation>Comme la première fois, ce qu’ils contiennent est perdu.</translation>
    </message>
    <message>
        <source>Left out (sent in an earlier session with options that are not known now): %1</source>
        <translation>Exclus (envoyés lors d’une session précédente avec des options inconnues à présent)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Type the number of Cloud PCs to confirm</source>
        <translation>Tapez le nombre de PC cloud pour confirmer</translation>
    </message>
    <message>
        <source>To confirm, type the number of Cloud PCs (%1):</source>
        <translation>Pour confirmer, tapez le nombre de PC cloud (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (sent again after it failed)</source>
        <translation>%1 (renvoyé après un échec)</translation>
    </message>
    <message>
        <source>Audit log not on the disk</source>
        <translation>Journal d&apos;audit absent du disque</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The console stopped after this request was sent and before its answer arrived; refresh to see whether the service acted on it.</source>
        <translation>La console s&apos;est arrêtée après l&apos;envoi de cette requête et avant l&apos;arrivée de sa réponse&#xa0;; actualisez pour voir si le service l&apos;a exécutée.</translation>
    </message>
    <message>
        <source>The audit log could not be forced to the disk (%1): its latest records are in the file but may be lost if this computer stops now. Acts go on; check the disk.</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être écrit sur le disque (%1) : ses derniers enregistrements sont dans le fichier mais peuvent être perdus si cet ordinateur s&apos;arrête maintenant. Les actions continuent ; vérifiez le disque.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Filter by operation, target, result, request ID…</source>
        <translation>Filtrer par opération, cible, résultat, ID de requête…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit log records</source>
        <translation>Enregistrements du journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in %1</source>
        <translation>
            <numerusform>%Ln enregistrement dans %1</numerusform>
            <numerusform>%Ln enregistrements dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln unreadable line(s) skipped</source>
        <translation>
            <numerusform>%1&#xa0;; %Ln ligne illisible ignorée</numerusform>
            <numerusform>%1&#xa0;; %Ln lignes illisibles ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a record (or press Enter) to see all of it</source>
        <translation>Double-cliquez sur un enregistrement (ou appuyez sur Entrée) pour le voir en entier</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Client request ID</source>
        <translation>ID de requête client</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>ID d&apos;opération</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Audit log record</source>
        <translation>Enregistrement du journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the record as text, for a support case</source>
        <translation>Copier l&apos;enregistrement en texte, pour un dossier de support</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>État HTTP</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <source>User account type: %1</source>
        <translation>Type de compte utilisateur : %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cloud PC(s) ticked</source>
        <translation>
            <numerusform>%Ln PC cloud coché</numerusform>
            <numerusform>%Ln PC cloud cochés</numerusform>
        </translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Canceled by the service</source>
        <translation>Annulé par le service</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Still running (stopped following)</source>
        <translation>Toujours en cours (suivi arrêté)</translation>
    </message>
    <message>
        <source>%1 (unknown value)</source>
        <translation>%1 (valeur inconnue)</translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <source>&apos;%1&apos; is not a tenant: use a tenant id, a verified domain or &apos;organizations&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un locataire&#xa0;: utilisez un ID de locataire, un domaine vérifié ou «&#xa0;organizations&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an application (client) id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID d&apos;application (client).</translation>
    </message>
    <message>
        <source>No sign-in authority is known for this cloud.</source>
        <translation>Aucune autorité de connexion n&apos;est connue pour ce cloud.</translation>
    </message>
</context>
<context>
    <name>AuthSession</name>
    <message>
        <source>No saved sign-in for %1: sign in again.</source>
        <translation>Aucune connexion enregistrée pour %1&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 has expired: sign in again.</source>
        <translation>La connexion enregistrée pour %1 a expiré&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Reconnectez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in service sent no usable id token (tenant and user are unknown).</source>
        <translation>Le service de connexion n&apos;a envoyé aucun jeton d&apos;ID utilisable (locataire et utilisateur inconnus).</translation>
    </message>
    <message>
        <source>Not signed in: sign in to continue.</source>
        <translation>Non connecté&#xa0;: connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The saved sign-in of %1 is from %2 (client %3), not from %4 (client %5): sign in there.</source>
        <translation>La connexion enregistrée de %1 provient de %2 (client %3), et non de %4 (client %5) : connectez-vous là.</translation>
    </message>
    <message>
        <source>The sign-in of %1 was issued by %2, not by %3: sign in again.</source>
        <translation>La connexion de %1 a été émise par %2, et non par %3 : connectez-vous de nouveau.</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message>
        <source>No Graph client to send it.</source>
        <translation>Aucun client Graph pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>This request cannot be sent in a $batch request (absolute URL or a body that is not a JSON object).</source>
        <translation>Cette requête ne peut pas être envoyée dans une requête $batch (URL absolue ou corps qui n&apos;est pas un objet JSON).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent again; the service had answered %1 and had not acted on it.</source>
        <translation>Annulé avant un nouvel envoi&#xa0;; le service avait répondu %1 et ne l&apos;avait pas exécutée.</translation>
    </message>
    <message>
        <source>Sent in a $batch request that failed: %1</source>
        <translation>Envoyé dans une requête $batch qui a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no &quot;responses&quot; array</source>
        <translation>pas de tableau «&#xa0;responses&#xa0;»</translation>
    </message>
    <message>
        <source>its answer has no valid status</source>
        <translation>sa réponse n&apos;a pas d&apos;état valide</translation>
    </message>
    <message>
        <source>the reply has no answer for it</source>
        <translation>la réponse ne contient rien pour elle</translation>
    </message>
    <message>
        <source>the reply has no answer for it, but answers for unknown ids %1</source>
        <translation>la réponse ne contient rien pour elle, mais des réponses pour des ID inconnus %1</translation>
    </message>
    <message>
        <source>The $batch reply could not be read (%1); the service may have acted on this request. Refresh to see the current state.</source>
        <translation>La réponse $batch n&apos;a pas pu être lue (%1)&#xa0;; le service a peut-être exécuté cette requête. Actualisez pour voir l&apos;état actuel.</translation>
    </message>
    <message>
        <source>The $batch reply could not be read (%1).</source>
        <translation>La réponse $batch n&apos;a pas pu être lue (%1).</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>Reprovision</source>
        <translation>Réapprovisionner</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>Mettre sous tension</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Mettre hors tension</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Résoudre les problèmes</translation>
    </message>
    <message>
        <source>Reinstall agent</source>
        <translation>Réinstaller l&apos;agent</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Créer une capture instantanée</translation>
    </message>
    <message>
        <source>Disaster recovery failover</source>
        <translation>Basculement de reprise d&apos;activité</translation>
    </message>
    <message>
        <source>Modify disk encryption</source>
        <translation>Modifier le chiffrement du disque</translation>
    </message>
    <message>
        <source>Set review status</source>
        <translation>Définir l&apos;état de révision</translation>
    </message>
</context>
<context>
    <name>BulkActionDevicesModel</name>
    <message>
        <source>Not in the loaded list</source>
        <translation>Absent de la liste chargée</translation>
    </message>
    <message>
        <source>Cloud PC</source>
        <translation>PC cloud</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>État actuel</translation>
    </message>
</context>
<context>
    <name>BulkActionKinds</name>
    <message>
        <source>Reprovision</source>
        <translation>Réapprovisionner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reprovisioning wipes each Cloud PC and rebuilds it.&lt;/b&gt; Everything stored on them is lost.</source>
        <translation>&lt;b&gt;Le réapprovisionnement efface chaque PC cloud et le reconstruit.&lt;/b&gt; Tout ce qui y est stocké est perdu.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Each Cloud PC restarts; signed-in users are disconnected.</source>
        <translation>Chaque PC cloud redémarre ; les utilisateurs connectés sont déconnectés.</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Dépanner</translation>
    </message>
    <message>
        <source>Each Cloud PC and its session host are checked.</source>
        <translation>Chaque PC cloud et son hôte de session sont vérifiés.</translation>
    </message>
    <message>
        <source>Power on</source>
        <translation>Allumer</translation>
    </message>
    <message>
        <source>Each Frontline Cloud PC is powered on; other Cloud PCs are reported as not supported.</source>
        <translation>Chaque PC cloud Frontline est allumé ; les autres PC cloud sont signalés comme non pris en charge.</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Éteindre</translation>
    </message>
    <message>
        <source>Each Frontline Cloud PC is powered off, &lt;b&gt;ending its user&apos;s session&lt;/b&gt;; other Cloud PCs are reported as not supported.</source>
        <translation>Chaque PC cloud Frontline est éteint, &lt;b&gt;ce qui met fin à la session de son utilisateur&lt;/b&gt; ; les autres PC cloud sont signalés comme non pris en charge.</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each Cloud PC moves to the target plan.&lt;/b&gt; Its users are disconnected while it is resized.</source>
        <translation>&lt;b&gt;Chaque PC cloud passe au plan cible.&lt;/b&gt; Ses utilisateurs sont déconnectés pendant le redimensionnement.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each Cloud PC returns to its restore point nearest the time given.&lt;/b&gt; What was done on it since is lost.</source>
        <translation>&lt;b&gt;Chaque PC cloud revient à son point de restauration le plus proche de l’heure indiquée.&lt;/b&gt; Ce qui y a été fait depuis est perdu.</translation>
    </message>
    <message>
        <source>Create snapshot</source>
        <translation>Créer un instantané</translation>
    </message>
    <message>
        <source>A restore point of each Cloud PC is taken now.</source>
        <translation>Un point de restauration de chaque PC cloud est créé maintenant.</translation>
    </message>
    <message>
        <source>Place under review</source>
        <translation>Placer en révision</translation>
    </message>
    <message>
        <source>Each Cloud PC is placed under review (for an investigation); its user keeps access.</source>
        <translation>Chaque PC cloud est placé en révision (pour une enquête) ; son utilisateur conserve l’accès.</translation>
    </message>
</context>
<context>
    <name>BulkActionLoader</name>
    <message>
        <source>bulk action</source>
        <translation>action en bloc</translation>
    </message>
</context>
<context>
    <name>BulkActionModel</name>
    <message>
        <source>No Cloud PCs</source>
        <translation>Aucun PC cloud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln succeeded</source>
        <translation>
            <numerusform>%Ln réussi</numerusform>
            <numerusform>%Ln réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <translation>
            <numerusform>%Ln en cours</numerusform>
            <numerusform>%Ln en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not supported</source>
        <translation>
            <numerusform>%Ln non pris en charge</numerusform>
            <numerusform>%Ln non pris en charge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionPage</name>
    <message>
        <source>Filter bulk actions (Ctrl+F)</source>
        <translation>Filtrer les actions en bloc (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter bulk actions</source>
        <translation>Filtrer les actions en bloc</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Actions en bloc</translation>
    </message>
    <message>
        <source>Bulk action details</source>
        <translation>Détails de l&apos;action en bloc</translation>
    </message>
    <message>
        <source>Cloud PCs of the bulk action</source>
        <translation>PC cloud de l&apos;action en bloc</translation>
    </message>
    <message>
        <source>Cloud PCs and their current status</source>
        <translation>PC cloud et leur état actuel</translation>
    </message>
    <message>
        <source>Bulk action detail pane</source>
        <translation>Volet de détails de l&apos;action en bloc</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk action(s)</source>
        <translation>
            <numerusform>%Ln action en bloc</numerusform>
            <numerusform>%Ln actions en bloc</numerusform>
        </translation>
    </message>
    <message>
        <source>bulk actions</source>
        <translation>actions en bloc</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>In maintenance window</source>
        <translation>Dans la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>PC cloud</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>BulkActionRetryDialog</name>
    <message>
        <source>Only the &amp;Cloud PCs ticked below</source>
        <translation>Uniquement les &amp;PC cloud cochés ci-dessous</translation>
    </message>
    <message>
        <source>Retry bulk action %1</source>
        <translation>Réessayer l&apos;action en bloc %1</translation>
    </message>
    <message>
        <source>Cloud PC</source>
        <translation>PC cloud</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cloud PCs of the bulk action</source>
        <translation>PC cloud de l&apos;action en bloc</translation>
    </message>
    <message>
        <source>Not in the loaded list</source>
        <translation>Absent de la liste chargée</translation>
    </message>
    <message>
        <source>&amp;All failed Cloud PCs of this action (%1 now)</source>
        <translation>&amp;Tous les PC cloud en échec de cette action (%1 actuellement)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The service retries every device of this action that failed.</source>
        <translation>Le service réessaie chaque appareil de cette action qui a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cloud PC(s) will be retried.</source>
        <translation>
            <numerusform>%Ln PC cloud sera réessayé.</numerusform>
            <numerusform>%Ln PC cloud seront réessayés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln Cloud PC(s) · %2 succeeded, %3 failed, %4 in progress</source>
        <translation>
            <numerusform>%1 · %Ln PC cloud · réussis&#xa0;: %2, en échec&#xa0;: %3, en cours&#xa0;: %4</numerusform>
            <numerusform>%1 · %Ln PC cloud · réussis&#xa0;: %2, en échec&#xa0;: %3, en cours&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Only failed Cloud PCs can be retried; this one is %1.</source>
        <translation>Seuls les PC cloud en échec peuvent être relancés ; celui-ci est %1.</translation>
    </message>
</context>
<context>
    <name>CloudEndpoints</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses plain http on a host that is not loopback; only https is allowed (http only for 127.0.0.1, ::1 or localhost).</source>
        <translation>«&#xa0;%1&#xa0;» utilise http non chiffré sur un hôte qui n&apos;est pas une adresse de bouclage&#xa0;; seul https est autorisé (http uniquement pour 127.0.0.1, ::1 ou localhost).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the scheme &apos;%2&apos;; only https is allowed.</source>
        <translation>«&#xa0;%1&#xa0;» a le schéma «&#xa0;%2&#xa0;»&#xa0;; seul https est autorisé.</translation>
    </message>
</context>
<context>
    <name>CloudPcConnectivityEvent</name>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>CloudPcHistorySection</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Show or hide this section; it is read from Graph when shown</source>
        <translation>Afficher ou masquer cette section ; elle est lue depuis Graph quand elle est affichée</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>Recharger %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>Try reading %1 again</source>
        <translation>Relire %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <source>Request-id: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
</context>
<context>
    <name>CloudPcLoader</name>
    <message>
        <source>Cloud PC</source>
        <translation>PC cloud</translation>
    </message>
</context>
<context>
    <name>CloudPcModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Détail de l&apos;état</translation>
    </message>
    <message>
        <source>Provisioning policy</source>
        <translation>Stratégie d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation>Fin de la période de grâce</translation>
    </message>
    <message>
        <source>Status code: %1</source>
        <translation>Code d’état : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and a status: 4,480 Provisioned</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Démarrée : %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Dernière mise à jour : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
</context>
<context>
    <name>CloudPcPage</name>
    <message>
        <source>Filter by name, user or policy (Ctrl+F)</source>
        <translation>Filtrer par nom, utilisateur ou stratégie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter Cloud PCs</source>
        <translation>Filtrer les PC cloud</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>PC cloud</translation>
    </message>
    <message>
        <source>Cloud PC details</source>
        <translation>Détails du PC cloud</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show Cloud PCs of every status</source>
        <translation>Afficher les PC cloud de tous les états</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Show only failed Cloud PCs</source>
        <translation>Afficher uniquement les PC cloud en échec</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Approvisionnement</translation>
    </message>
    <message>
        <source>Show only Cloud PCs being provisioned or pending provisioning</source>
        <translation>Afficher uniquement les PC cloud en cours ou en attente d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>En période de grâce</translation>
    </message>
    <message>
        <source>Show only Cloud PCs in their grace period</source>
        <translation>Afficher uniquement les PC cloud en période de grâce</translation>
    </message>
    <message>
        <source>Status filter: %1</source>
        <translation>Filtre d&apos;état&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the Cloud PCs of every policy again</source>
        <translation>Afficher à nouveau les PC cloud de toutes les stratégies</translation>
    </message>
    <message>
        <source>Clear the policy filter</source>
        <translation>Effacer le filtre de stratégie</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Stratégie&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Cloud PC(s)</source>
        <translation>
            <numerusform>%Ln PC cloud</numerusform>
            <numerusform>%Ln PC cloud</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status detail</source>
        <translation>Détail de l&apos;état</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Code d&apos;état</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Provisioning policy</source>
        <translation>Stratégie d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>ID de stratégie</translation>
    </message>
    <message>
        <source>Provisioning type</source>
        <translation>Type d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>ID du plan</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Connexion réseau</translation>
    </message>
    <message>
        <source>Managed device name</source>
        <translation>Nom de l&apos;appareil géré</translation>
    </message>
    <message>
        <source>Managed device id</source>
        <translation>ID de l&apos;appareil géré</translation>
    </message>
    <message>
        <source>Entra device id</source>
        <translation>ID d&apos;appareil Entra</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Version du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>État d&apos;alimentation</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation>Fin de la période de grâce</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Type de produit</translation>
    </message>
    <message>
        <source>Partner agents</source>
        <translation>Agents partenaires</translation>
    </message>
    <message>
        <source>Show the Cloud PCs of every status again</source>
        <translation>Afficher à nouveau les PC cloud de tous les états</translation>
    </message>
    <message>
        <source>Clear the status filter</source>
        <translation>Effacer le filtre d&apos;état</translation>
    </message>
    <message>
        <source>Connection history</source>
        <translation>Historique des connexions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No connection events in the last days</source>
        <translation>Aucun événement de connexion ces derniers jours</translation>
    </message>
    <message>
        <source>The connection history could not be read: %1</source>
        <translation>L’historique des connexions n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Activity id: %1</source>
        <translation>ID d’activité : %1</translation>
    </message>
    <message>
        <source>Cloud PC actions</source>
        <translation>Actions du PC cloud</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>No remote actions were done to this Cloud PC</source>
        <translation>Aucune action à distance n’a été effectuée sur ce PC cloud</translation>
    </message>
    <message>
        <source>The Cloud PC&apos;s actions could not be read: %1</source>
        <translation>Les actions du PC cloud n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Démarrée : %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Dernière mise à jour : %1</translation>
    </message>
    <message>
        <source>Cloud PC detail pane</source>
        <translation>Volet de détails du PC cloud</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
</context>
<context>
    <name>CloudPcRemoteActionResult</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non prise en charge</translation>
    </message>
</context>
<context>
    <name>CloudPcSnapshot</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Non sain</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>CloudPcStatus</name>
    <message>
        <source>Not provisioned</source>
        <translation>Non approvisionné</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Approvisionnement en cours</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Approvisionné</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>En période de grâce</translation>
    </message>
    <message>
        <source>Deprovisioning</source>
        <translation>Désapprovisionnement en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Provisioned with warnings</source>
        <translation>Approvisionné avec des avertissements</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Redimensionnement en cours</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>Pending provision</source>
        <translation>Approvisionnement en attente</translation>
    </message>
    <message>
        <source>Unknown future value</source>
        <translation>Valeur future inconnue</translation>
    </message>
    <message>
        <source>Moving region</source>
        <translation>Changement de région en cours</translation>
    </message>
    <message>
        <source>Resize pending license</source>
        <translation>Redimensionnement en attente de licence</translation>
    </message>
    <message>
        <source>Modifying single sign-on</source>
        <translation>Modification de l&apos;authentification unique</translation>
    </message>
    <message>
        <source>Refreshing policy configuration</source>
        <translation>Actualisation de la configuration de la stratégie</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation en cours</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Items concerned</source>
        <translation>Éléments concernés</translation>
    </message>
</context>
<context>
    <name>CreateBulkActionDialog</name>
    <message numerus="yes">
        <source>Create a bulk action over %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Créer une action en bloc sur %Ln PC cloud</numerusform>
            <numerusform>Créer une action en bloc sur %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk action type</source>
        <translation>Type d&apos;action en bloc</translation>
    </message>
    <message>
        <source>Bulk action name</source>
        <translation>Nom de l&apos;action en bloc</translation>
    </message>
    <message>
        <source>Cloud PCs of the bulk action</source>
        <translation>PC cloud de l&apos;action en bloc</translation>
    </message>
    <message>
        <source>To confirm, type the number of Cloud PCs (%1):</source>
        <translation>Pour confirmer, tapez le nombre de PC cloud (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Type the number of Cloud PCs to confirm</source>
        <translation>Tapez le nombre de PC cloud pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate bulk action</source>
        <translation>C&amp;réer l&apos;action en bloc</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln Cloud PC(s) – %2</source>
        <translation>
            <numerusform>%1 %Ln PC cloud – %2</numerusform>
            <numerusform>%1 %Ln PC cloud – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Target service plan</source>
        <translation>Plan de service cible</translation>
    </message>
    <message>
        <source>Service plan ID</source>
        <translation>ID du plan de service</translation>
    </message>
    <message>
        <source>Restore point time</source>
        <translation>Heure du point de restauration</translation>
    </message>
    <message>
        <source>Nearest restore point</source>
        <translation>Point de restauration le plus proche</translation>
    </message>
    <message>
        <source>Last restore point before</source>
        <translation>Dernier point de restauration avant</translation>
    </message>
    <message>
        <source>First restore point after</source>
        <translation>Premier point de restauration après</translation>
    </message>
    <message>
        <source>Which restore point</source>
        <translation>Quel point de restauration</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Working Cloud PCs selected</source>
        <translation>PC cloud fonctionnels sélectionnés</translation>
    </message>
    <message>
        <source>Target &amp;plan:</source>
        <translation>&amp;Plan cible :</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Restaurer &amp;à :</translation>
    </message>
    <message>
        <source>Cloud PCs (%1): %2</source>
        <translation>PC cloud (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them work today (provisioned or in grace period): they are affected too.</source>
        <translation>
            <numerusform>%Ln d’entre eux fonctionne aujourd’hui (approvisionné ou en période de grâce) : il est concerné aussi.</numerusform>
            <numerusform>%Ln d’entre eux fonctionnent aujourd’hui (approvisionnés ou en période de grâce) : ils sont concernés aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the &amp;failed ones (%1)</source>
        <translation>Seulement ceux en é&amp;chec (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the phrase typed to confirm: an act and a count, &quot;restart 250&quot;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>To confirm, type &quot;%1&quot;:</source>
        <translation>Pour confirmer, tapez « %1 » :</translation>
    </message>
    <message>
        <source>Type the phrase to confirm</source>
        <translation>Tapez la phrase pour confirmer</translation>
    </message>
    <message>
        <source>A bulk action takes at most %1 Cloud PCs; %2 are selected. Select fewer, or create several bulk actions.</source>
        <translation>Une action en bloc porte sur %1 PC cloud au plus ; %2 sont sélectionnés. Sélectionnez-en moins, ou créez plusieurs actions en bloc.</translation>
    </message>
    <message>
        <source>Choose the target plan.</source>
        <translation>Choisissez le plan cible.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeDialog</name>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Open page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Sign in with a code – Cloud PC Console</source>
        <translation>Se connecter avec un code – Cloud PC Console</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>Se connecter avec un code</translation>
    </message>
    <message>
        <source>On this or any other device with a web browser, open the page below and enter the code. Sign in there with your work or school account; this window closes by itself when you are done.</source>
        <translation>Sur cet appareil ou tout autre appareil doté d&apos;un navigateur web, ouvrez la page ci-dessous et entrez le code. Connectez-vous-y avec votre compte professionnel ou scolaire&#xa0;; cette fenêtre se ferme d&apos;elle-même une fois terminé.</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Code à entrer</translation>
    </message>
    <message>
        <source>Open the page in your web browser</source>
        <translation>Ouvrir la page dans votre navigateur web</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No web browser could be opened: open %1 on any device.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert&#xa0;: ouvrez %1 sur n&apos;importe quel appareil.</translation>
    </message>
    <message>
        <source>Asking Microsoft Entra for a code…</source>
        <translation>Demande d&apos;un code à Microsoft Entra…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in. The code expires in %1:%2.</source>
        <translation>En attente de votre connexion. Le code expire dans %1:%2.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeSignIn</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in service gave no usable device code.</source>
        <translation>Le service de connexion n&apos;a fourni aucun code d&apos;appareil utilisable.</translation>
    </message>
    <message>
        <source>The code expired before sign-in was completed. Start again for a new code.</source>
        <translation>Le code a expiré avant la fin de la connexion. Recommencez pour obtenir un nouveau code.</translation>
    </message>
</context>
<context>
    <name>EnumWords</name>
    <message>
        <source>Dedicated</source>
        <translation>Dédié</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Shared by user</source>
        <translation>Partagé par utilisateur</translation>
    </message>
    <message>
        <source>Shared by Entra group</source>
        <translation>Partagé par groupe Entra</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Windows 10</source>
        <translation>Windows 10</translation>
    </message>
    <message>
        <source>Windows 11</source>
        <translation>Windows 11</translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation>Utilisateur standard</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Powered off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>%1 (unknown value)</source>
        <translation>%1 (valeur inconnue)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>ID de corrélation</translation>
    </message>
    <message>
        <source>Activity ID</source>
        <translation>ID d&apos;activité</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Dev Box</source>
        <translation>Dev Box</translation>
    </message>
    <message>
        <source>Power Automate</source>
        <translation>Power Automate</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Permanent error</source>
        <translation>Erreur permanente</translation>
    </message>
    <message>
        <source>Transient error</source>
        <translation>Erreur temporaire</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>Échec de l&apos;installation</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installation en cours</translation>
    </message>
    <message>
        <source>Uninstalling</source>
        <translation>Désinstallation en cours</translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation>Échec de la désinstallation</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Sous licence</translation>
    </message>
    <message>
        <source>Windows 365</source>
        <translation>Windows 365</translation>
    </message>
    <message>
        <source>RPA box</source>
        <translation>Box RPA</translation>
    </message>
</context>
<context>
    <name>FixedTokenProvider</name>
    <message>
        <source>The access token from CLOUDPC_ACCESS_TOKEN was refused (it may have expired). Set a new one, or unset it to sign in.</source>
        <translation>Le jeton d&apos;accès de CLOUDPC_ACCESS_TOKEN a été refusé (il a peut-être expiré). Définissez-en un nouveau, ou supprimez la variable pour vous connecter.</translation>
    </message>
    <message>
        <source>Conditional Access asks for a new sign-in, which a token from CLOUDPC_ACCESS_TOKEN cannot do. Unset it and sign in interactively.</source>
        <translation>L&apos;accès conditionnel demande une nouvelle connexion, ce qu&apos;un jeton de CLOUDPC_ACCESS_TOKEN ne permet pas. Supprimez la variable et connectez-vous de manière interactive.</translation>
    </message>
</context>
<context>
    <name>FleetOverview</name>
    <message>
        <source>Open the connection&apos;s failed checks</source>
        <translation>Ouvrir les contrôles en échec de la connexion</translation>
    </message>
    <message>
        <source>Run the connection&apos;s health checks</source>
        <translation>Exécuter les contrôles d&apos;intégrité de la connexion</translation>
    </message>
    <message>
        <source>Retry the policy</source>
        <translation>Relancer la stratégie</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucune raison indiquée</translation>
    </message>
    <message>
        <source>Reprovision the failed Cloud PCs</source>
        <translation>Réapprovisionner les PC cloud en échec</translation>
    </message>
    <message>
        <source>Intune enrollment failed</source>
        <translation>Échec de l&apos;inscription à Intune</translation>
    </message>
    <message>
        <source>Microsoft Entra join failed</source>
        <translation>Échec de la jonction à Microsoft Entra</translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join failed</source>
        <translation>Échec de la jonction hybride à Microsoft Entra</translation>
    </message>
    <message>
        <source>Domain join failed</source>
        <translation>Échec de la jonction au domaine</translation>
    </message>
    <message>
        <source>Azure network connection failed</source>
        <translation>Échec de la connexion réseau Azure</translation>
    </message>
    <message>
        <source>Image not found</source>
        <translation>Image introuvable</translation>
    </message>
    <message>
        <source>Internal service error</source>
        <translation>Erreur interne du service</translation>
    </message>
</context>
<context>
    <name>GraphCall</name>
    <message>
        <source>The reply is not a JSON object: %1</source>
        <translation>La réponse n&apos;est pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent; the service may have acted on it. Refresh to see the current state.</source>
        <translation>Annulé après l&apos;envoi de la requête&#xa0;; le service l&apos;a peut-être exécutée. Actualisez pour voir l&apos;état actuel.</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent (%1); the service may have acted on it. Refresh to see the current state.</source>
        <translation>La connexion a échoué après l&apos;envoi de la requête (%1)&#xa0;; le service l&apos;a peut-être exécutée. Actualisez pour voir l&apos;état actuel.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>HTTP status %1 without a body</source>
        <translation>État HTTP %1 sans corps</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>État HTTP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GraphListJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The reply has no &apos;value&apos; array; it is not a Graph collection.</source>
        <translation>La réponse n&apos;a pas de tableau «&#xa0;value&#xa0;»&#xa0;; ce n&apos;est pas une collection Graph.</translation>
    </message>
    <message>
        <source>The next page link &apos;%1&apos; does not point to %2; not followed.</source>
        <translation>Le lien de page suivante «&#xa0;%1&#xa0;» ne pointe pas vers %2&#xa0;; il n&apos;est pas suivi.</translation>
    </message>
</context>
<context>
    <name>IdentityError</name>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Le service de connexion est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 (%2) without an error the console understands. Try again later.</source>
        <translation>Le service de connexion a répondu HTTP %1 (%2) sans erreur que la console comprend. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
</context>
<context>
    <name>IdentityRequest</name>
    <message numerus="yes">
        <source>The sign-in service answered HTTP 200, but its reply was not JSON (%1, %n byte(s)).</source>
        <translation>
            <numerusform>Le service de connexion a répondu HTTP 200, mais sa réponse n’était pas du JSON (%1, %n octet).</numerusform>
            <numerusform>Le service de connexion a répondu HTTP 200, mais sa réponse n’était pas du JSON (%1, %n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
</context>
<context>
    <name>InteractiveSignIn</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). If the browser tab was closed, sign in again.</source>
        <translation>
            <numerusform>Aucune réponse du navigateur en %n minute. Si l&apos;onglet du navigateur a été fermé, reconnectez-vous.</numerusform>
            <numerusform>Aucune réponse du navigateur en %n minutes. Si l&apos;onglet du navigateur a été fermé, reconnectez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console could not listen on a loopback port for the browser&apos;s answer. Use the device code sign-in instead.</source>
        <translation>La console n&apos;a pas pu écouter sur un port de bouclage pour la réponse du navigateur. Utilisez plutôt la connexion par code d&apos;appareil.</translation>
    </message>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>The console received the answer of the sign-in page and shows there whether you are signed in. You can close this tab.</source>
        <translation>La console a reçu la réponse de la page de connexion et y indique si vous êtes connecté. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>This answer does not belong to the console&apos;s sign-in.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion de la console.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer did not carry this sign-in&apos;s state, so it was refused. Sign in again.</source>
        <translation>La réponse du navigateur ne contenait pas l&apos;état de cette connexion&#xa0;; elle a donc été refusée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>No authorization code came back.</source>
        <translation>Aucun code d&apos;autorisation n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer carried no authorization code. Sign in again.</source>
        <translation>La réponse du navigateur ne contenait aucun code d&apos;autorisation. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You can close this tab and try again from Cloud PC Console.</source>
        <translation>Vous pouvez fermer cet onglet et réessayer depuis Cloud PC Console.</translation>
    </message>
</context>
<context>
    <name>LanguageSupport</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>ListLoader</name>
    <message>
        <source>An item of the %1 list is not an object; skipped.</source>
        <translation>Un élément de la liste (%1) n&apos;est pas un objet&#xa0;; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated (Ctrl+C)</source>
        <translation>Copier les lignes sélectionnées, séparées par des tabulations (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy the error with its request-id, for a support case</source>
        <translation>Copier l&apos;erreur avec son request-id, pour une demande de support</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1… %Ln loaded</source>
        <translation>
            <numerusform>Chargement des %1… %Ln élément chargé</numerusform>
            <numerusform>Chargement des %1… %Ln éléments chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>Impossible de charger les %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not loaded yet. Press F5 to load the %1.</source>
        <translation>Pas encore chargé. Appuyez sur F5 pour charger les %1.</translation>
    </message>
    <message>
        <source>No %1 in this tenant.</source>
        <translation>La liste des %1 de ce locataire est vide.</translation>
    </message>
    <message>
        <source> (loading was cancelled; press F5 to load all)</source>
        <translation> (chargement annulé&#xa0;; appuyez sur F5 pour tout charger)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionné(s)</translation>
    </message>
    <message>
        <source>No rows match the filter (%1 in all).</source>
        <translation>Aucune ligne ne correspond au filtre (%1 en tout).</translation>
    </message>
    <message>
        <source>(sorted by %1 when all have arrived)</source>
        <translation>(triés par %1 une fois tous arrivés)</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>This address only takes the answer of a sign-in page.</source>
        <translation>Cette adresse n’accepte que la réponse d’une page de connexion.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>PC cloud</translation>
    </message>
    <message>
        <source>Provisioning policies</source>
        <translation>Stratégies d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Actions en bloc</translation>
    </message>
    <message>
        <source>Users with provisioning errors</source>
        <translation>Utilisateurs avec des erreurs d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) selected</source>
        <translation>
            <numerusform>%Ln ligne sélectionnée</numerusform>
            <numerusform>%Ln lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload every list from Microsoft Graph (F5)</source>
        <translation>Recharger toutes les listes depuis Microsoft Graph (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>A&amp;nnuler le chargement</translation>
    </message>
    <message>
        <source>Stop loading; what has arrived stays (Esc)</source>
        <translation>Arrêter le chargement&#xa0;; ce qui est arrivé reste (Échap)</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the rows shown in this tab as CSV</source>
        <translation>Enregistrer les lignes affichées dans cet onglet au format CSV</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the rows shown in this tab as JSON with Graph&apos;s property names</source>
        <translation>Enregistrer les lignes affichées dans cet onglet au format JSON avec les noms de propriétés de Graph</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Actualisation a&amp;utomatique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln minute(s)</source>
        <translation>
            <numerusform>Toutes les %Ln minute</numerusform>
            <numerusform>Toutes les %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Cloud PCs</source>
        <translation>&amp;PC cloud</translation>
    </message>
    <message>
        <source>&amp;Provisioning policies</source>
        <translation>&amp;Stratégies d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>&amp;Bulk actions</source>
        <translation>&amp;Actions en bloc</translation>
    </message>
    <message>
        <source>&amp;Users with provisioning errors</source>
        <translation>&amp;Utilisateurs avec des erreurs d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Connected service</source>
        <translation>Service connecté</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1</numerusform>
            <numerusform>%Ln lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln Cloud PC(s) in %1</source>
        <translation>
            <numerusform>%Ln PC cloud chargé en %1</numerusform>
            <numerusform>%Ln PC cloud chargés en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message>
        <source>Refreshed on %1</source>
        <translation>Actualisé le %1</translation>
    </message>
    <message>
        <source>This list was last read from Microsoft Graph on %1.</source>
        <translation>Cette liste a été lue pour la dernière fois depuis Microsoft Graph le %1.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>OnPremisesConnection</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Microsoft Entra hybrid join</source>
        <translation>Jonction hybride Microsoft Entra</translation>
    </message>
    <message>
        <source>Microsoft Entra join</source>
        <translation>Jonction Microsoft Entra</translation>
    </message>
</context>
<context>
    <name>OnPremisesConnectionLoader</name>
    <message>
        <source>network connection</source>
        <translation>connexion réseau</translation>
    </message>
</context>
<context>
    <name>OnPremisesConnectionModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Join type</source>
        <translation>Type de jonction</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Contrôles d&apos;intégrité</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernier contrôle</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Contrôles en échec</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln accepté</numerusform>
            <numerusform>%Ln acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outcome unknown</source>
        <translation>
            <numerusform>%Ln au résultat inconnu</numerusform>
            <numerusform>%Ln au résultat inconnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulé</numerusform>
            <numerusform>%Ln annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyé</numerusform>
            <numerusform>%Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <translation>
            <numerusform>%Ln en file d&apos;attente</numerusform>
            <numerusform>%Ln en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln terminé</numerusform>
            <numerusform>%Ln terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not supported</source>
        <translation>
            <numerusform>%Ln non pris en charge</numerusform>
            <numerusform>%Ln non pris en charge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still running (stopped following)</source>
        <translation>
            <numerusform>%Ln toujours en cours (suivi arrêté)</numerusform>
            <numerusform>%Ln toujours en cours (suivi arrêté)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln en cours</numerusform>
            <numerusform>%Ln en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Still running (stopped following)</source>
        <translation>Toujours en cours (suivi arrêté)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln non envoyé</numerusform>
            <numerusform>%Ln non envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationItemsModel</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>%1 (accepted; last checked %2)</source>
        <translation>%1 (acceptée ; dernière vérification %2)</translation>
    </message>
    <message>
        <source>%1 (sent again as a new operation)</source>
        <translation>%1 (renvoyé comme nouvelle opération)</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Not sent: the same act on this item is already under way.</source>
        <translation>Non envoyé&#xa0;: la même action sur cet élément est déjà en cours.</translation>
    </message>
    <message>
        <source>Not sent: the audit log cannot be written (%1).</source>
        <translation>Non envoyé&#xa0;: le journal d&apos;audit ne peut pas être écrit (%1).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>OperationsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
</context>
<context>
    <name>OperationsPanel</name>
    <message>
        <source>Cancel &amp;queued</source>
        <translation>Annuler les éléments en &amp;attente</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Réessayer les é&amp;checs</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Items of the selected operation</source>
        <translation>Éléments de l&apos;opération sélectionnée</translation>
    </message>
    <message>
        <source>Cancel queued items</source>
        <translation>Annuler les éléments en attente</translation>
    </message>
    <message>
        <source>Retry failed items</source>
        <translation>Réessayer les éléments en échec</translation>
    </message>
    <message>
        <source>Cancel the items of this operation that have not been sent yet</source>
        <translation>Annuler les éléments de cette opération qui n&apos;ont pas encore été envoyés</translation>
    </message>
    <message>
        <source>Send the failed items of this operation again; acts that failed after Graph accepted them are sent again as a new operation, once you confirm</source>
        <translation>Renvoyer les éléments en échec de cette opération&#xa0;; les actions en échec après leur acceptation par Graph sont renvoyées comme nouvelle opération, après votre confirmation</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1%</source>
        <comment>a share, e.g. 10.4%</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fleet at a glance</source>
        <translation>La flotte en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show the numbers of the charts as tables</source>
        <translation>Afficher les chiffres des graphiques sous forme de tableaux</translation>
    </message>
    <message>
        <source>Cloud PCs by status</source>
        <translation>PC cloud par état</translation>
    </message>
    <message>
        <source>Provisioning policies: provisioned, failed, other</source>
        <translation>Stratégies d&apos;approvisionnement : approvisionnés, en échec, autres</translation>
    </message>
    <message>
        <source>Provisioning policies</source>
        <translation>Stratégies d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>No Cloud PCs yet</source>
        <translation>Aucun PC cloud pour l&apos;instant</translation>
    </message>
    <message>
        <source>No Cloud PCs of a provisioning policy yet</source>
        <translation>Aucun PC cloud d&apos;une stratégie d&apos;approvisionnement pour l&apos;instant</translation>
    </message>
    <message>
        <source>Failures grouped by cause</source>
        <translation>Échecs regroupés par cause</translation>
    </message>
    <message>
        <source>Select these Cloud PCs</source>
        <translation>Sélectionner ces PC cloud</translation>
    </message>
    <message>
        <source>Open the Cloud PCs tab with this cause&apos;s Cloud PCs selected, for any act of the Actions menu</source>
        <translation>Ouvre l&apos;onglet PC cloud avec les PC cloud de cette cause sélectionnés, pour toute action du menu Actions</translation>
    </message>
    <message>
        <source>Retry the policy…</source>
        <translation>Réessayer la stratégie…</translation>
    </message>
    <message>
        <source>Run health checks</source>
        <translation>Lancer les contrôles d&apos;intégrité</translation>
    </message>
    <message>
        <source>Show failed checks</source>
        <translation>Afficher les contrôles en échec</translation>
    </message>
    <message>
        <source>Show the network connection&apos;s failed checks below</source>
        <translation>Afficher ci-dessous les contrôles en échec de la connexion réseau</translation>
    </message>
    <message>
        <source>Azure network connections</source>
        <translation>Connexions réseau Azure</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Contrôles en échec</translation>
    </message>
    <message>
        <source>Failed checks of the selected connection</source>
        <translation>Contrôles en échec de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Check the selected network connection again</source>
        <translation>Contrôler à nouveau la connexion réseau sélectionnée</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>Type d&apos;erreur</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Action recommandée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>PC cloud</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>count (share)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln Cloud PC(s), %2 of all</source>
        <translation>
            <numerusform>%1 : %Ln PC cloud, %2 du total</numerusform>
            <numerusform>%1 : %Ln PC cloud, %2 du total</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisioning policy</source>
        <translation>Stratégie d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Approvisionnés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 failed of %2</source>
        <translation>%1 en échec sur %2</translation>
    </message>
    <message>
        <source>%1: %2 provisioned, %3 failed, %4 other</source>
        <translation>%1 : %2 approvisionnés, %3 en échec, %4 autres</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>approvisionnés</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Network connections</source>
        <translation>Connexions réseau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernier contrôle</translation>
    </message>
    <message>
        <source>Failed Cloud PCs</source>
        <translation>PC cloud en échec</translation>
    </message>
    <message>
        <source>Failed checks of %1: %2</source>
        <translation>Contrôles en échec de %1 : %2</translation>
    </message>
    <message>
        <source>Health checks: %1</source>
        <translation>Contrôles d&apos;intégrité : %1</translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation>Dernier résultat : %1</translation>
    </message>
    <message>
        <source>Health checks: asked to run</source>
        <translation>Contrôles d&apos;intégrité : demandés</translation>
    </message>
    <message>
        <source>Users with service provisioning errors: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Utilisateurs avec des erreurs d&apos;approvisionnement de service : &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Open the users tab</source>
        <translation>Ouvrir l&apos;onglet des utilisateurs</translation>
    </message>
    <message>
        <source>Bulk actions that failed: &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Actions en bloc en échec : &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Open the bulk actions tab</source>
        <translation>Ouvrir l&apos;onglet des actions en bloc</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) with service provisioning errors</source>
        <translation>
            <numerusform>%Ln utilisateur avec des erreurs d&apos;approvisionnement de service</numerusform>
            <numerusform>%Ln utilisateurs avec des erreurs d&apos;approvisionnement de service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk action(s) failed</source>
        <translation>
            <numerusform>%Ln action en bloc en échec</numerusform>
            <numerusform>%Ln actions en bloc en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry provisioning of %1</source>
        <translation>Réessayer l&apos;approvisionnement de %1</translation>
    </message>
    <message>
        <source>Offered when the failures share one provisioning policy</source>
        <translation>Proposé quand les échecs ont une même stratégie d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Offered when the failures come from an Azure network connection</source>
        <translation>Proposé quand les échecs viennent d&apos;une connexion réseau Azure</translation>
    </message>
    <message>
        <source>Run the health checks of %1</source>
        <translation>Lancer les contrôles d&apos;intégrité de %1</translation>
    </message>
    <message>
        <source>Reprovision the failed ones…</source>
        <translation>Réapprovisionner ceux en échec…</translation>
    </message>
    <message numerus="yes">
        <source>Reprovision the %Ln failed Cloud PC(s) of this cause</source>
        <translation>
            <numerusform>Réapprovisionner le %Ln PC cloud en échec de cette cause</numerusform>
            <numerusform>Réapprovisionner les %Ln PC cloud en échec de cette cause</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered for failed Cloud PCs only: these are provisioned with warnings and work</source>
        <translation>Proposé pour les PC cloud en échec uniquement : ceux-ci sont approvisionnés avec des avertissements et fonctionnent</translation>
    </message>
</context>
<context>
    <name>ProvisioningErrorUserLoader</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
</context>
<context>
    <name>ProvisioningErrorUserModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Nom d&apos;utilisateur principal</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Instance de service</translation>
    </message>
    <message>
        <source>Error time</source>
        <translation>Heure de l&apos;erreur</translation>
    </message>
    <message>
        <source>Error detail</source>
        <translation>Détail de l&apos;erreur</translation>
    </message>
</context>
<context>
    <name>ProvisioningErrorUserPage</name>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Filtrer les utilisateurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter users with provisioning errors</source>
        <translation>Filtrer les utilisateurs avec des erreurs d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Users with provisioning errors</source>
        <translation>Utilisateurs avec des erreurs d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Provisioning error details</source>
        <translation>Détails de l&apos;erreur d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>users with provisioning errors</source>
        <translation>utilisateurs avec des erreurs d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Nom d&apos;utilisateur principal</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unresolved error</source>
        <translation>Erreur non résolue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Service instance</source>
        <translation>Instance de service</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>ID d&apos;objet</translation>
    </message>
    <message>
        <source>Error category</source>
        <translation>Catégorie d&apos;erreur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Service provisioning is Microsoft 365 setting up the user object in its services (Exchange, SharePoint, Teams and others, named by each error&apos;s service instance). It is not Cloud PC provisioning: retrying it touches no Cloud PC.</source>
        <translation>L’approvisionnement des services, c’est Microsoft 365 qui configure l’objet utilisateur dans ses services (Exchange, SharePoint, Teams et d’autres, nommés par l’instance de service de chaque erreur). Ce n’est pas l’approvisionnement des PC cloud : le relancer ne touche aucun PC cloud.</translation>
    </message>
    <message>
        <source>Users with service provisioning errors</source>
        <translation>Utilisateurs avec des erreurs d’approvisionnement des services</translation>
    </message>
    <message>
        <source>About</source>
        <translation>De quoi il s’agit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) with provisioning errors</source>
        <translation>
            <numerusform>%Ln utilisateur avec des erreurs d&apos;approvisionnement</numerusform>
            <numerusform>%Ln utilisateurs avec des erreurs d&apos;approvisionnement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyLoader</name>
    <message>
        <source>provisioning policy</source>
        <translation>stratégie d&apos;approvisionnement</translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the failed Cloud PCs of this policy (Enter)</source>
        <translation>Afficher les PC cloud en échec de cette stratégie (Entrée)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Assigned groups</source>
        <translation>Groupes attribués</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>PC cloud</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>ProvisioningPolicyPage</name>
    <message>
        <source>Show failed Cloud PCs</source>
        <translation>Afficher les PC cloud en échec</translation>
    </message>
    <message>
        <source>Filter policies (Ctrl+F)</source>
        <translation>Filtrer les stratégies (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter provisioning policies</source>
        <translation>Filtrer les stratégies d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Provisioning policies</source>
        <translation>Stratégies d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Provisioning policy details</source>
        <translation>Détails de la stratégie d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Show the failed Cloud PCs of the selected policy</source>
        <translation>Afficher les PC cloud en échec de la stratégie sélectionnée</translation>
    </message>
    <message>
        <source>Open the Cloud PCs tab filtered to this policy&apos;s failed Cloud PCs (Enter)</source>
        <translation>Ouvrir l&apos;onglet PC cloud filtré sur les PC cloud en échec de cette stratégie (Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln provisioning policy(s)</source>
        <translation>
            <numerusform>%Ln stratégie d&apos;approvisionnement</numerusform>
            <numerusform>%Ln stratégies d&apos;approvisionnement</numerusform>
        </translation>
    </message>
    <message>
        <source>provisioning policies</source>
        <translation>stratégies d&apos;approvisionnement</translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln failed Cloud PC(s)</source>
        <translation>
            <numerusform>Afficher %Ln PC cloud en échec</numerusform>
            <numerusform>Afficher %Ln PC cloud en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Provisioning type</source>
        <translation>Type d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Type d&apos;image</translation>
    </message>
    <message>
        <source>Image id</source>
        <translation>ID de l&apos;image</translation>
    </message>
    <message>
        <source>Cloud PCs</source>
        <translation>PC cloud</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Assigned groups</source>
        <translation>Groupes attribués</translation>
    </message>
    <message>
        <source>Naming template</source>
        <translation>Modèle de nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Authentification unique</translation>
    </message>
    <message>
        <source>Local admin</source>
        <translation>Administrateur local</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>None of this policy&apos;s Cloud PCs has failed.</source>
        <translation>Aucun PC cloud de cette stratégie n’est en échec.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cloud PC Console</source>
        <translation>Cloud PC Console</translation>
    </message>
    <message>
        <source>The demo emulator could not listen on 127.0.0.1.</source>
        <translation>L&apos;émulateur de démonstration n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo tenant (emulator at %1)</source>
        <translation>Locataire de démonstration (émulateur sur %1)</translation>
    </message>
    <message>
        <source>The demo sign-in emulator could not listen on 127.0.0.1.</source>
        <translation>L&apos;émulateur de connexion de démonstration n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Unknown cloud &apos;%1&apos;: use global, usgov, usgovdod or china.</source>
        <translation>Cloud inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez global, usgov, usgovdod ou china.</translation>
    </message>
    <message>
        <source>%1 · Token from CLOUDPC_ACCESS_TOKEN</source>
        <translation>%1 · Jeton de CLOUDPC_ACCESS_TOKEN</translation>
    </message>
</context>
<context>
    <name>ReprovisionDialog</name>
    <message>
        <source>Reprovision %1</source>
        <translation>Réapprovisionner %1</translation>
    </message>
    <message numerus="yes">
        <source>Reprovision %Ln Cloud PCs</source>
        <translation>
            <numerusform>Réapprovisionner %Ln PC cloud</numerusform>
            <numerusform>Réapprovisionner %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Conserver l&apos;actuel</translation>
    </message>
    <message>
        <source>Windows 11</source>
        <translation>Windows 11</translation>
    </message>
    <message>
        <source>Windows 10</source>
        <translation>Windows 10</translation>
    </message>
    <message>
        <source>Operating system after reprovisioning</source>
        <translation>Système d&apos;exploitation après le réapprovisionnement</translation>
    </message>
    <message>
        <source>Standard user</source>
        <translation>Utilisateur standard</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User account type after reprovisioning</source>
        <translation>Type de compte d&apos;utilisateur après le réapprovisionnement</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Système d&apos;exploitation&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;account type:</source>
        <translation>Type de &amp;compte d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Cloud PCs to reprovision</source>
        <translation>PC cloud à réapprovisionner</translation>
    </message>
    <message>
        <source>Type the number of Cloud PCs to confirm</source>
        <translation>Tapez le nombre de PC cloud pour confirmer</translation>
    </message>
    <message>
        <source>To confirm, type the number of Cloud PCs (%1):</source>
        <translation>Pour confirmer, tapez le nombre de PC cloud (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Reprovisioning progress</source>
        <translation>Progression du réapprovisionnement</translation>
    </message>
    <message>
        <source>Outcome per Cloud PC</source>
        <translation>Résultat par PC cloud</translation>
    </message>
    <message>
        <source>&amp;Reprovision</source>
        <translation>&amp;Réapprovisionner</translation>
    </message>
    <message>
        <source>&amp;Reprovision %1 Cloud PCs</source>
        <translation>&amp;Réapprovisionner %1 PC cloud</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sending… %1 of %2 answered (%3).</source>
        <translation>Envoi… %1 sur %2 ont répondu (%3).</translation>
    </message>
    <message>
        <source>Working Cloud PCs selected</source>
        <translation>PC cloud fonctionnels sélectionnés</translation>
    </message>
    <message>
        <source>Cloud PCs affected (%1): %2</source>
        <translation>PC cloud concernés (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them work today (provisioned or in grace period): they are wiped too.</source>
        <translation>
            <numerusform>%Ln d’entre eux fonctionne aujourd’hui (approvisionné ou en période de grâce) : il est effacé aussi.</numerusform>
            <numerusform>%Ln d’entre eux fonctionnent aujourd’hui (approvisionnés ou en période de grâce) : ils sont effacés aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the &amp;failed ones (%1)</source>
        <translation>Seulement ceux en &amp;échec (%1)</translation>
    </message>
    <message>
        <source>reprovision %1</source>
        <translation>réapprovisionner %1</translation>
    </message>
    <message>
        <source>To confirm, type &quot;%1&quot;:</source>
        <translation>Pour confirmer, tapez « %1 » :</translation>
    </message>
    <message>
        <source>Type the phrase to confirm</source>
        <translation>Tapez la phrase pour confirmer</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Reprovisioning wipes %Ln Cloud PC(s) and rebuilds them&lt;/b&gt; from the image of their provisioning policy. Everything stored on them is lost, and their users are signed out until it ends (about an hour). It cannot be undone.</source>
        <translation>
            <numerusform>&lt;b&gt;Le réapprovisionnement efface %Ln PC cloud et le reconstruit&lt;/b&gt; à partir de l&apos;image de sa stratégie d&apos;approvisionnement. Tout ce qui y est stocké est perdu, et son utilisateur est déconnecté jusqu&apos;à la fin (environ une heure). Cette opération est irréversible.</numerusform>
            <numerusform>&lt;b&gt;Le réapprovisionnement efface %Ln PC cloud et les reconstruit&lt;/b&gt; à partir de l&apos;image de leur stratégie d&apos;approvisionnement. Tout ce qui y est stocké est perdu, et leurs utilisateurs sont déconnectés jusqu&apos;à la fin (environ une heure). Cette opération est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResizeDialog</name>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionner %1</translation>
    </message>
    <message numerus="yes">
        <source>Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>Redimensionner %Ln PC cloud</numerusform>
            <numerusform>Redimensionner %Ln PC cloud</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s service plans…</source>
        <translation>Chargement des plans de service du locataire…</translation>
    </message>
    <message>
        <source>Loading service plans</source>
        <translation>Chargement des plans de service</translation>
    </message>
    <message>
        <source>Why the service plans could not be loaded</source>
        <translation>Pourquoi les plans de service n’ont pas pu être chargés</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Service plan</source>
        <translation>Plan de service</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>User profile</source>
        <translation>Profil utilisateur</translation>
    </message>
    <message>
        <source>Service plans to resize to</source>
        <translation>Plans de service cibles du redimensionnement</translation>
    </message>
    <message>
        <source>Cloud PCs left out</source>
        <translation>PC cloud exclus</translation>
    </message>
    <message>
        <source>Type the number of Cloud PCs to confirm</source>
        <translation>Saisir le nombre de PC cloud pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>&amp;Redimensionner</translation>
    </message>
    <message>
        <source>A service plan Graph sent is not an object; it is left out.</source>
        <translation>Un plan de service envoyé par Graph n’est pas un objet ; il est exclu.</translation>
    </message>
    <message>
        <source>The service plans could not be loaded, so no plan can be offered: %1</source>
        <translation>Les plans de service n’ont pas pu être chargés ; aucun plan ne peut donc être proposé : %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>Statut HTTP : %1 %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure : %1</translation>
    </message>
    <message>
        <source>%1: its service plan (%2) is not among the tenant&apos;s service plans.</source>
        <translation>%1 : son plan de service (%2) ne figure pas parmi les plans de service du locataire.</translation>
    </message>
    <message>
        <source>%1 is on %2, a plan of another type (%3, %4) than the others: resize it on its own.</source>
        <translation>%1 utilise %2, un plan d’un autre type (%3, %4) que les autres : redimensionnez-le séparément.</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message numerus="yes">
        <source>The current plan of %Ln of the selected Cloud PC(s): it cannot be chosen.</source>
        <translation>
            <numerusform>Le plan actuel de %Ln des PC cloud sélectionnés : il ne peut pas être choisi.</numerusform>
            <numerusform>Le plan actuel de %Ln des PC cloud sélectionnés : il ne peut pas être choisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Resizing restarts %Ln Cloud PC(s)&lt;/b&gt; on the chosen plan&apos;s size. Their users are disconnected and lose what they did not save; each is unavailable until its resize ends.</source>
        <translation>
            <numerusform>&lt;b&gt;Le redimensionnement redémarre %Ln PC cloud&lt;/b&gt; à la taille du plan choisi. Ses utilisateurs sont déconnectés et perdent ce qu’ils n’ont pas enregistré ; il est indisponible jusqu’à la fin du redimensionnement.</numerusform>
            <numerusform>&lt;b&gt;Le redimensionnement redémarre %Ln PC cloud&lt;/b&gt; à la taille du plan choisi. Leurs utilisateurs sont déconnectés et perdent ce qu’ils n’ont pas enregistré ; chacun est indisponible jusqu’à la fin de son redimensionnement.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected Cloud PCs can be resized.</source>
        <translation>Aucun des PC cloud sélectionnés ne peut être redimensionné.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Choose the service plan for %Ln Cloud PC(s) (%1 plans, %2):</source>
        <translation>
            <numerusform>&amp;Choisissez le plan de service pour %Ln PC cloud (plans %1, %2) :</numerusform>
            <numerusform>&amp;Choisissez le plan de service pour %Ln PC cloud (plans %1, %2) :</numerusform>
        </translation>
    </message>
    <message>
        <source>any provisioning type</source>
        <translation>tout type de provisionnement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s) of other types are not offered: a Cloud PC is resized within its plan&apos;s type.</source>
        <translation>
            <numerusform>%Ln plan d’un autre type n’est pas proposé : un PC cloud est redimensionné dans le type de son plan.</numerusform>
            <numerusform>%Ln plans d’autres types ne sont pas proposés : un PC cloud est redimensionné dans le type de son plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln service plan(s) Graph sent could not be read and are not offered.</source>
        <translation>
            <numerusform>%Ln plan de service envoyé par Graph n’a pas pu être lu et n’est pas proposé.</numerusform>
            <numerusform>%Ln plans de service envoyés par Graph n’ont pas pu être lus et ne sont pas proposés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln PC cloud sélectionné est exclu :</numerusform>
            <numerusform>%Ln PC cloud sélectionnés sont exclus :</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of Cloud PCs (%1):</source>
        <translation>Pour confirmer, saisissez le nombre de PC cloud (%1) :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resize %Ln Cloud PC(s)</source>
        <translation>
            <numerusform>&amp;Redimensionner %Ln PC cloud</numerusform>
            <numerusform>&amp;Redimensionner %Ln PC cloud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Choose the restore point %1 returns to.</source>
        <translation>Choisissez le point de restauration auquel %1 revient.</translation>
    </message>
    <message>
        <source>Reading the restore points of %1…</source>
        <translation>Lecture des points de restauration de %1…</translation>
    </message>
    <message>
        <source>Reading the restore points</source>
        <translation>Lecture des points de restauration</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État de santé</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <source>%1 returns to the state it was in at the chosen restore point. Everything done on it after that moment (files, installed apps, settings) is lost, and its user is disconnected while it is restored. Restore points newer than the chosen one are kept.</source>
        <translation>%1 revient à l’état du point de restauration choisi. Tout ce qui y a été fait après ce moment (fichiers, applications installées, paramètres) est perdu, et son utilisateur est déconnecté pendant la restauration. Les points de restauration plus récents que celui choisi sont conservés.</translation>
    </message>
    <message>
        <source>I understand that the work done on %1 after this restore point is lost</source>
        <translation>Je comprends que le travail fait sur %1 après ce point de restauration est perdu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>%1 has no restore points: there is nothing to restore it to.</source>
        <translation>%1 n’a aucun point de restauration : il n’y a rien à quoi le restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln restore point(s), newest first.</source>
        <translation>
            <numerusform>%Ln point de restauration, le plus récent en premier.</numerusform>
            <numerusform>%Ln points de restauration, les plus récents en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point %1</source>
        <translation>Point de restauration %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire : %1</translation>
    </message>
    <message>
        <source>Last restored: %1</source>
        <translation>Dernière restauration : %1</translation>
    </message>
    <message>
        <source>Its health check failed: the Cloud PC may not work as expected after a restore to it.</source>
        <translation>Son contrôle de santé a échoué : le PC cloud pourrait ne pas fonctionner comme prévu après une restauration à ce point.</translation>
    </message>
    <message>
        <source>The restore points of %1 could not be read: %2</source>
        <translation>Les points de restauration de %1 n’ont pas pu être lus : %2</translation>
    </message>
    <message>
        <source>Request-id: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
</context>
<context>
    <name>ReviewStatusDialog</name>
    <message>
        <source>&amp;Place under review</source>
        <translation>&amp;Placer en examen</translation>
    </message>
    <message>
        <source>&amp;End the review</source>
        <translation>&amp;Mettre fin à l’examen</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État d’examen</translation>
    </message>
    <message numerus="yes">
        <source>A Cloud PC under review has a snapshot taken to an Azure storage account for investigation; its user&apos;s access can be restricted meanwhile. %Ln Cloud PC(s):</source>
        <translation>
            <numerusform>Un instantané d’un PC cloud en examen est envoyé à un compte de stockage Azure pour investigation ; l’accès de son utilisateur peut être restreint entre-temps. %Ln PC cloud :</numerusform>
            <numerusform>Un instantané d’un PC cloud en examen est envoyé à un compte de stockage Azure pour investigation ; l’accès de son utilisateur peut être restreint entre-temps. %Ln PC cloud :</numerusform>
        </translation>
    </message>
    <message>
        <source>Cloud PCs concerned</source>
        <translation>PC cloud concernés</translation>
    </message>
    <message>
        <source>Current review status</source>
        <translation>État d’examen actuel</translation>
    </message>
    <message>
        <source>Reading the review status…</source>
        <translation>Lecture de l’état d’examen…</translation>
    </message>
    <message>
        <source>Shown when one Cloud PC is selected.</source>
        <translation>Affiché lorsqu’un seul PC cloud est sélectionné.</translation>
    </message>
    <message>
        <source>As it is now</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Sans restriction</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…</source>
        <translation>/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…</translation>
    </message>
    <message>
        <source>User access:</source>
        <translation>Accès de l’utilisateur :</translation>
    </message>
    <message>
        <source>Storage account:</source>
        <translation>Compte de stockage :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Not under review.</source>
        <translation>Pas en examen.</translation>
    </message>
    <message>
        <source>Under review since %1.</source>
        <translation>En examen depuis le %1.</translation>
    </message>
    <message>
        <source>Under review.</source>
        <translation>En examen.</translation>
    </message>
    <message>
        <source>User access: restricted.</source>
        <translation>Accès de l’utilisateur : restreint.</translation>
    </message>
    <message>
        <source>User access: unrestricted.</source>
        <translation>Accès de l’utilisateur : sans restriction.</translation>
    </message>
    <message>
        <source>User access: %1.</source>
        <translation>Accès de l’utilisateur : %1.</translation>
    </message>
    <message>
        <source>Storage account: %1</source>
        <translation>Compte de stockage : %1</translation>
    </message>
    <message>
        <source>Subscription: %1</source>
        <translation>Abonnement : %1</translation>
    </message>
    <message>
        <source>The current review status could not be read: %1</source>
        <translation>L’état d’examen actuel n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected Cloud PC(s) are left out:</source>
        <translation>
            <numerusform>%Ln PC cloud sélectionné est laissé de côté :</numerusform>
            <numerusform>%Ln PC cloud sélectionnés sont laissés de côté :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>S&amp;witch account</source>
        <translation>Changer de co&amp;mpte</translation>
    </message>
    <message>
        <source>Sign-in notice</source>
        <translation>Avis de connexion</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Your organization&apos;s access policy (Conditional Access) asks you to sign in again.</source>
        <translation>La stratégie d&apos;accès de votre organisation (accès conditionnel) vous demande de vous reconnecter.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed out; the account&apos;s saved sign-in was removed.</source>
        <translation>Déconnecté&#xa0;; la connexion enregistrée du compte a été supprimée.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not signed in. Click to sign in.</source>
        <translation>Non connecté. Cliquez pour vous connecter.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (signing in…)</source>
        <translation>%1 (connexion…)</translation>
    </message>
    <message>
        <source>%1 (sign in again)</source>
        <translation>%1 (reconnexion requise)</translation>
    </message>
    <message>
        <source>%1 (not signed in)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>Locataire&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in with a&amp;nother account…</source>
        <translation>Se connecter avec un &amp;autre compte…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget this account and remove its saved sign-in from this computer</source>
        <translation>Oublier ce compte et supprimer sa connexion enregistrée de cet ordinateur</translation>
    </message>
    <message>
        <source>You are not signed in: sign in to see your tenant&apos;s Cloud PCs.</source>
        <translation>Vous n&apos;êtes pas connecté&#xa0;: connectez-vous pour voir les PC cloud de votre locataire.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>The saved sign-in could not be renewed: %1</source>
        <translation>La connexion enregistrée n’a pas pu être renouvelée : %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>Copier les &amp;détails</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <source>Sign in with a &amp;code</source>
        <translation>Se connecter avec un &amp;code</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copier l&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Sign in – Cloud PC Console</source>
        <translation>Connexion – Cloud PC Console</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Se connecter à Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Use a work or school account that manages Windows 365, such as a Windows 365 Administrator or an Intune Administrator. The sign-in page opens in your web browser, so passkeys and multifactor authentication work as usual.</source>
        <translation>Utilisez un compte professionnel ou scolaire qui gère Windows 365, par exemple un administrateur Windows 365 ou un administrateur Intune. La page de connexion s&apos;ouvre dans votre navigateur web&#xa0;: les clés d&apos;accès et l&apos;authentification multifacteur fonctionnent comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>“organizations” for any work or school account, a domain such as contoso.onmicrosoft.com, or a tenant ID.</source>
        <translation>«&#xa0;organizations&#xa0;» pour tout compte professionnel ou scolaire, un domaine comme contoso.onmicrosoft.com, ou un ID de locataire.</translation>
    </message>
    <message>
        <source>The application that signs in. Empty: Microsoft Graph Command Line Tools.</source>
        <translation>L&apos;application qui se connecte. Vide&#xa0;: Microsoft Graph Command Line Tools.</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Opens the Microsoft sign-in page in your web browser</source>
        <translation>Ouvre la page de connexion Microsoft dans votre navigateur web</translation>
    </message>
    <message>
        <source>Shows a code to enter on a sign-in page, on this or another device</source>
        <translation>Affiche un code à entrer sur une page de connexion, sur cet appareil ou un autre</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in a browser yourself</source>
        <translation>Copier l&apos;adresse de connexion, pour l&apos;ouvrir vous-même dans un navigateur</translation>
    </message>
    <message>
        <source>Copy the error with its trace and correlation IDs, for a support case</source>
        <translation>Copier l&apos;erreur avec ses ID de trace et de corrélation, pour une demande de support</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Waiting for the sign-in with a code…</source>
        <translation>En attente de la connexion avec un code…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Finish signing in in your web browser; the console continues by itself. If no browser appeared, copy the address below and open it in a browser on this computer.</source>
        <translation>Terminez la connexion dans votre navigateur web&#xa0;; la console continue d’elle-même. Si aucun navigateur n’est apparu, copiez l’adresse ci-dessous et ouvrez-la dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the sign-in address and open it in a browser on this computer; the console continues by itself. Or cancel and sign in with a code.</source>
        <translation>Aucun navigateur web n’a pu être ouvert. Copiez l’adresse de connexion et ouvrez-la dans un navigateur sur cet ordinateur&#xa0;; la console continue d’elle-même. Ou annulez et connectez-vous avec un code.</translation>
    </message>
</context>
<context>
    <name>TokenCache</name>
    <message>
        <source>The system keychain is not available, so the sign-in tokens will not be remembered after the console closes.</source>
        <translation>Le trousseau du système n’est pas disponible : les jetons de connexion ne seront donc pas mémorisés après la fermeture de la console.</translation>
    </message>
</context>
</TS>
