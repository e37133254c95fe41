<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivatePage</name>
    <message>
        <source>Make it the key in use</source>
        <translation>En faire la clé utilisée</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>Passage à %1…</translation>
    </message>
    <message>
        <source>ShipDesk now uses %1 for every call to ShipStation.</source>
        <translation>ShipDesk utilise désormais %1 pour chaque appel à ShipStation.</translation>
    </message>
    <message>
        <source>%1 is saved and is the key in use from the next start of ShipDesk.</source>
        <translation>%1 est enregistrée et sera la clé utilisée au prochain démarrage de ShipDesk.</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Add an API key</source>
        <translation>Ajouter une clé API</translation>
    </message>
    <message>
        <source>Create the key in ShipStation (Settings → Account → API Settings), then paste it here. ShipDesk checks it with ShipStation before saving it.</source>
        <translation>Créez la clé dans ShipStation (Settings → Account → API Settings), puis collez-la ici. ShipDesk la vérifie auprès de ShipStation avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Use this key from now on</source>
        <translation>Utiliser cette clé dès maintenant</translation>
    </message>
    <message>
        <source>Verify and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>Checking the key with ShipStation…</source>
        <translation>Vérification de la clé auprès de ShipStation…</translation>
    </message>
    <message>
        <source>Adding an API key</source>
        <translation>Ajout d&apos;une clé API</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Add units (increment)</source>
        <translation>Ajouter des unités (increment)</translation>
    </message>
    <message>
        <source>Remove units (decrement)</source>
        <translation>Retirer des unités (decrement)</translation>
    </message>
    <message>
        <source>Set on hand to a count (adjust)</source>
        <translation>Fixer le stock après comptage (adjust)</translation>
    </message>
    <message>
        <source>Move units to another location (modify)</source>
        <translation>Déplacer des unités (modify)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Entrepôt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Em&amp;placement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Opération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Move to &amp;warehouse:</source>
        <translation>&amp;Vers l&apos;entrepôt&#xa0;:</translation>
    </message>
    <message>
        <source>Move to l&amp;ocation:</source>
        <translation>Vers l&apos;emp&amp;lacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Adds the units to what is on hand at this location.</source>
        <translation>Ajoute les unités au stock de cet emplacement.</translation>
    </message>
    <message>
        <source>All or nothing: if fewer units are on hand here, ShipStation refuses and changes nothing.</source>
        <translation>Tout ou rien&#xa0;: s&apos;il y a moins d&apos;unités en stock ici, ShipStation refuse et ne modifie rien.</translation>
    </message>
    <message>
        <source>On hand at this location becomes exactly this number (a stock count). Safe to repeat.</source>
        <translation>Le stock de cet emplacement devient exactement ce nombre (comptage). Peut être refait sans risque.</translation>
    </message>
    <message>
        <source>Moves the units to the other location, all or nothing: if fewer are on hand here, nothing moves.</source>
        <translation>Déplace les unités vers l&apos;autre emplacement, tout ou rien&#xa0;: s&apos;il y en a moins en stock ici, rien ne bouge.</translation>
    </message>
    <message>
        <source>Nothing of this SKU is on hand at this location.</source>
        <translation>Ce SKU n&apos;est pas en stock à cet emplacement.</translation>
    </message>
    <message>
        <source>Here now: %1 on hand, %2 allocated to orders, %3 available.</source>
        <translation>Ici actuellement&#xa0;: en stock %1, réservé aux commandes %2, disponible %3.</translation>
    </message>
    <message>
        <source>This takes units that are allocated to orders.</source>
        <translation>Cela prend des unités réservées aux commandes.</translation>
    </message>
    <message>
        <source>Enter the SKU.</source>
        <translation>Saisissez le SKU.</translation>
    </message>
    <message>
        <source>Choose the location.</source>
        <translation>Choisissez l&apos;emplacement.</translation>
    </message>
    <message>
        <source>Choose the location to move the units to.</source>
        <translation>Choisissez l&apos;emplacement de destination.</translation>
    </message>
    <message>
        <source>Choose a different location to move the units to.</source>
        <translation>Choisissez un emplacement de destination différent de l&apos;emplacement de départ.</translation>
    </message>
    <message>
        <source>There is no V2 API key, so stock cannot be changed.</source>
        <translation>Aucune clé API V2&#xa0;: le stock ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Changing stock</source>
        <translation>Modification du stock</translation>
    </message>
    <message>
        <source>ShipStation could not be reached; nothing was changed. Try again when the connection is back.</source>
        <translation>ShipStation est injoignable&#xa0;; rien n&apos;a été modifié. Réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s&apos;est produite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AnotherLabelDialog</name>
    <message>
        <source>This order already has a label</source>
        <translation>Cette commande a déjà une étiquette</translation>
    </message>
    <message>
        <source>Order %1 already has a label (tracking %2). Buy another one?</source>
        <translation>La commande %1 a déjà une étiquette (suivi %2). En acheter une autre&#xa0;?</translation>
    </message>
    <message>
        <source>A second label is charged again. Buy another only if the first one is lost or wrong; to print the first one again, use the label history (a reprint is free).</source>
        <translation>Une deuxième étiquette est facturée à nouveau. N&apos;en achetez une autre que si la première est perdue ou erronée&#xa0;; pour réimprimer la première, passez par l&apos;historique des étiquettes (une réimpression est gratuite).</translation>
    </message>
    <message>
        <source>Yes, buy another</source>
        <translation>Oui, en acheter une autre</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign order %1</source>
        <translation>Attribuer la commande %1</translation>
    </message>
    <message>
        <source>ShipStation user</source>
        <translation>Utilisateur ShipStation</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>OK, got it</source>
        <translation>OK, compris</translation>
    </message>
</context>
<context>
    <name>ConfirmPurchaseDialog</name>
    <message>
        <source>Reship: buy a second label?</source>
        <translation>Réexpédition&#xa0;: acheter une deuxième étiquette&#xa0;?</translation>
    </message>
    <message>
        <source>Buy this label?</source>
        <translation>Acheter cette étiquette&#xa0;?</translation>
    </message>
    <message>
        <source>This order has already shipped: this buys a second label for it (a reship), charged again.</source>
        <translation>Cette commande est déjà expédiée&#xa0;: ceci lui achète une deuxième étiquette (une réexpédition), facturée à nouveau.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Yes — a sample label: nothing is charged, do not ship with it</source>
        <translation>Oui — une étiquette d&apos;essai&#xa0;: rien n&apos;est facturé, ne pas expédier avec</translation>
    </message>
    <message>
        <source>No — a real label, charged to the account</source>
        <translation>Non — une vraie étiquette, facturée au compte</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût&#xa0;:</translation>
    </message>
    <message>
        <source>Test label:</source>
        <translation>Étiquette d&apos;essai&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reship for %1</source>
        <translation>Réexpédier pour %1</translation>
    </message>
    <message>
        <source>Buy for %1</source>
        <translation>Acheter pour %1</translation>
    </message>
</context>
<context>
    <name>CustomsDialog</name>
    <message>
        <source>Customs declaration</source>
        <translation>Déclaration en douane</translation>
    </message>
    <message>
        <source>This package goes from %1 to %2: the carrier needs a customs declaration.</source>
        <translation>Ce colis part de %1 vers %2&#xa0;: le transporteur a besoin d&apos;une déclaration en douane.</translation>
    </message>
    <message>
        <source>These lines come from the order&apos;s items: check each description, value, HS code and country of origin.</source>
        <translation>Ces lignes viennent des articles de la commande&#xa0;: vérifiez chaque description, valeur, code SH et pays d&apos;origine.</translation>
    </message>
    <message>
        <source>What the contents are</source>
        <translation>Ce que contient le colis</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>Retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Treat as abandoned</source>
        <translation>Considérer comme abandonné</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplication&#xa0;:</translation>
    </message>
    <message>
        <source>If &amp;undeliverable:</source>
        <translation>Si non &amp;distribuable&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Value per item</source>
        <translation>Valeur unitaire</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Code SH</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter un article</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Retirer l&apos;article</translation>
    </message>
    <message>
        <source>Use this declaration</source>
        <translation>Utiliser cette déclaration</translation>
    </message>
    <message>
        <source>Merchandise</source>
        <translation>Marchandise</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Marchandise retournée</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>Échantillon commercial</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Total declared value: %1</source>
        <translation>Valeur totale déclarée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print packing sli&amp;p</source>
        <translation>Imprimer le &amp;bon de livraison</translation>
    </message>
    <message>
        <source>A packing slip for each selected order, on the document printer.</source>
        <translation>Un bon de livraison pour chaque commande sélectionnée, sur l&apos;imprimante de documents.</translation>
    </message>
    <message>
        <source>Print pic&amp;k list</source>
        <translation>Imprimer la liste de &amp;prélèvement</translation>
    </message>
    <message>
        <source>One pick list for all the selected orders, on the document printer.</source>
        <translation>Une liste de prélèvement pour toutes les commandes sélectionnées, sur l&apos;imprimante de documents.</translation>
    </message>
    <message>
        <source>by location</source>
        <translation>par emplacement</translation>
    </message>
    <message>
        <source>by SKU</source>
        <translation>par SKU</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>Réglages des imprimantes…</translation>
    </message>
    <message>
        <source>Select one or more orders first.</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs commandes.</translation>
    </message>
    <message>
        <source>Packing slip %1</source>
        <translation>Bon de livraison %1</translation>
    </message>
    <message>
        <source>Packing slip sent to %2.</source>
        <translation>Bon de livraison envoyé à %2.</translation>
    </message>
    <message>
        <source>%1 packing slips sent to %2.</source>
        <translation>%1 bons de livraison envoyés à %2.</translation>
    </message>
    <message>
        <source>Printing packing slips</source>
        <translation>Impression des bons de livraison</translation>
    </message>
    <message>
        <source>A pick list is letter size, and the document printer %1 holds %2 in labels: choose a letter printer for documents in Settings → Printers.</source>
        <translation>Une liste de prélèvement est au format Letter, et l&apos;imprimante de documents %1 contient des étiquettes de %2 pouces : choisissez une imprimante Letter pour les documents dans Réglages → Imprimantes.</translation>
    </message>
    <message>
        <source>Pick list, %1 orders</source>
        <translation>Liste de prélèvement, %1 commandes</translation>
    </message>
    <message>
        <source>Pick list for %1 orders sent to %2.</source>
        <translation>Liste de prélèvement pour %1 commandes envoyée à %2.</translation>
    </message>
    <message>
        <source>Printing the pick list</source>
        <translation>Impression de la liste de prélèvement</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Carrier / service</source>
        <translation>Transporteur / service</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tracking status</source>
        <translation>État du suivi</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>ShipStation</source>
        <translation>ShipStation</translation>
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
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>ShipStation V1 has no tracking call: the tracking status needs a V2 label and key. Follow the tracking number on the carrier&apos;s site.</source>
        <translation>ShipStation V1 n&apos;a pas d&apos;appel de suivi&#xa0;: l&apos;état du suivi demande une étiquette et une clé V2. Suivez le numéro sur le site du transporteur.</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connue</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Étiquette de retour</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Not in V1</source>
        <translation>Pas en V1</translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>Pas encore scannée</translation>
    </message>
    <message>
        <source>Accepted by the carrier</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problème de livraison</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Another ShipDesk station</source>
        <translation>Un autre poste ShipDesk</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>Achetée ailleurs</translation>
    </message>
    <message>
        <source>ShipStation V1 does not send this label&apos;s file again: print it from ShipStation&apos;s web app.</source>
        <translation>ShipStation V1 ne renvoie pas le fichier de cette étiquette&#xa0;: imprimez-la depuis l&apos;application web de ShipStation.</translation>
    </message>
    <message>
        <source>This label was not bought on a ShipDesk station sharing this computer&apos;s journal: print it from ShipStation&apos;s web app, or from the station that bought it.</source>
        <translation>Cette étiquette n&apos;a pas été achetée sur un poste ShipDesk qui partage le journal de cet ordinateur&#xa0;: imprimez-la depuis l&apos;application web de ShipStation ou depuis le poste qui l&apos;a achetée.</translation>
    </message>
    <message>
        <source>ShipDesk has no copy of this label&apos;s file.</source>
        <translation>ShipDesk n&apos;a pas de copie du fichier de cette étiquette.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Order number or tracking number</source>
        <translation>Numéro de commande ou de suivi</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Filtr&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How far back to read ShipStation&apos;s labels; this station&apos;s own labels are always all shown.</source>
        <translation>Jusqu&apos;où remonter dans les étiquettes de ShipStation ; celles de ce poste sont toujours toutes affichées.</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>Ré&amp;imprimer</translation>
    </message>
    <message>
        <source>Sho&amp;w ShipStation&apos;s last:</source>
        <translation>Affic&amp;her les derniers de ShipStation&#xa0;:</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Print &amp;customs form</source>
        <translation>Imprimer la déclaration en &amp;douane</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>Annuler l&apos;é&amp;tiquette…</translation>
    </message>
    <message>
        <source>Re&amp;turn label…</source>
        <translation>Étiquette de &amp;retour…</translation>
    </message>
    <message>
        <source>Refresh trac&amp;king</source>
        <translation>Actualiser le &amp;suivi</translation>
    </message>
    <message>
        <source>Reading labels from ShipStation…</source>
        <translation>Lecture des étiquettes de ShipStation…</translation>
    </message>
    <message>
        <source>ShipStation %1 could not be read just now (%2), so its labels may be missing.</source>
        <translation>ShipStation %1 n&apos;a pas pu être lu à l&apos;instant (%2)&#xa0;: certaines de ses étiquettes peuvent manquer.</translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation>%1 étiquettes</translation>
    </message>
    <message>
        <source>Loading the label history</source>
        <translation>Chargement de l&apos;historique des étiquettes</translation>
    </message>
    <message>
        <source>The label history could not be loaded.</source>
        <translation>L&apos;historique des étiquettes n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Label %1 is in the print queue (printed from ShipDesk&apos;s copy; nothing was bought).</source>
        <translation>L&apos;étiquette %1 est dans la file d&apos;impression (imprimée depuis la copie de ShipDesk ; rien n&apos;a été acheté).</translation>
    </message>
    <message>
        <source>Reprinting a label</source>
        <translation>Réimpression d&apos;une étiquette</translation>
    </message>
    <message>
        <source>The customs form of %1 is in the print queue.</source>
        <translation>La déclaration en douane de %1 est dans la file d&apos;impression.</translation>
    </message>
    <message>
        <source>Printing a customs form</source>
        <translation>Impression d&apos;une déclaration en douane</translation>
    </message>
    <message>
        <source>Refreshing tracking</source>
        <translation>Actualisation du suivi</translation>
    </message>
    <message>
        <source>Tracking %1: %2.</source>
        <translation>Suivi %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no status yet</source>
        <translation>pas encore d&apos;état</translation>
    </message>
    <message>
        <source>Delivered %1.</source>
        <translation>Livré le %1.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Livraison prévue le %1.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Hold order %1</source>
        <translation>Mettre en attente la commande %1</translation>
    </message>
    <message>
        <source>Hold until</source>
        <translation>En attente jusqu&apos;au</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mettre en attente</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import stock changes — %1</source>
        <translation>Importer des modifications de stock — %1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with errors. Nothing has been sent yet; press Apply to send the ready rows. Rows with errors are skipped.</source>
        <translation>Lignes&#xa0;: %1 — prêtes&#xa0;: %2, en erreur&#xa0;: %3. Rien n&apos;a encore été envoyé&#xa0;; cliquez sur Appliquer pour envoyer les lignes prêtes. Les lignes en erreur seront ignorées.</translation>
    </message>
    <message>
        <source>&amp;Apply %1 rows</source>
        <translation>&amp;Appliquer %1 ligne(s)</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not sent, %4 unknown (check those levels before sending again).</source>
        <translation>Envoyées&#xa0;: %1, en échec&#xa0;: %2, non envoyées&#xa0;: %3, résultat inconnu&#xa0;: %4 (vérifiez ces niveaux de stock avant de les renvoyer).</translation>
    </message>
    <message>
        <source>Sending %1 rows to ShipStation…</source>
        <translation>Envoi de %1 ligne(s) à ShipStation…</translation>
    </message>
    <message>
        <source>Importing stock changes</source>
        <translation>Import des modifications de stock</translation>
    </message>
    <message>
        <source>%1 of %2 rows sent</source>
        <translation>%1 sur %2 lignes envoyées</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown — check</source>
        <translation>Résultat inconnu — à vérifier</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Rotate the %1 key</source>
        <translation>Renouveler la clé %1</translation>
    </message>
    <message>
        <source>The key in use: %1, expires on %2.</source>
        <translation>La clé utilisée&#xa0;: %1, expire le %2.</translation>
    </message>
    <message>
        <source>No %1 key is in use yet.</source>
        <translation>Aucune clé %1 n&apos;est encore utilisée.</translation>
    </message>
    <message>
        <source>1. In ShipStation, open Settings → Account → API Settings and generate a second V1 key pair. ShipStation keeps two pairs, so the current one goes on working meanwhile.
2. Paste the new pair on the next page: ShipDesk checks it with ShipStation and makes it the key in use.
3. Delete the old pair in ShipStation; ShipDesk then forgets it too.</source>
        <translation>1. Dans ShipStation, ouvrez Settings → Account → API Settings et générez une deuxième paire de clés V1. ShipStation garde deux paires&#xa0;: l&apos;actuelle continue de fonctionner entre-temps.
2. Collez la nouvelle paire à la page suivante&#xa0;: ShipDesk la vérifie auprès de ShipStation et en fait la clé utilisée.
3. Supprimez l&apos;ancienne paire dans ShipStation&#xa0;; ShipDesk l&apos;oublie alors aussi.</translation>
    </message>
    <message>
        <source>1. In ShipStation, open Settings → Account → API Settings and generate a new V2 key. ShipStation replaces the old V2 key with it at once, so carry on here straight away.
2. Paste the new key on the next page: ShipDesk checks it with ShipStation and makes it the key in use.
3. ShipDesk then forgets the old key.</source>
        <translation>1. Dans ShipStation, ouvrez Settings → Account → API Settings et générez une nouvelle clé V2. ShipStation remplace aussitôt l&apos;ancienne clé V2&#xa0;: continuez ici sans attendre.
2. Collez la nouvelle clé à la page suivante&#xa0;: ShipDesk la vérifie auprès de ShipStation et en fait la clé utilisée.
3. ShipDesk oublie ensuite l&apos;ancienne clé.</translation>
    </message>
    <message>
        <source>Paste a new key</source>
        <translation>Coller une nouvelle clé</translation>
    </message>
    <message>
        <source>ShipDesk already keeps two %1 keys, as many as ShipStation allows: switch to the other saved key, or remove one in Settings → API keys first.</source>
        <translation>ShipDesk garde déjà deux clés %1, autant que ShipStation en permet&#xa0;: passez à l&apos;autre clé enregistrée, ou retirez-en une d&apos;abord dans Paramètres → Clés API.</translation>
    </message>
    <message>
        <source>Switch to the saved key %1 (expires on %2)</source>
        <translation>Passer à la clé enregistrée %1 (expire le %2)</translation>
    </message>
</context>
<context>
    <name>InventoryCsv</name>
    <message>
        <source>The file is empty. It needs a header row with the columns sku, warehouse, location, quantity and mode.</source>
        <translation>Le fichier est vide. Il lui faut une ligne d&apos;en-tête avec les colonnes sku, warehouse, location, quantity et mode.</translation>
    </message>
    <message>
        <source>The header row has no %1 column. The columns are: sku, warehouse, location, quantity, mode (and to_location for a move).</source>
        <translation>Ligne d&apos;en-tête incomplète, il manque&#xa0;: %1. Les colonnes sont&#xa0;: sku, warehouse, location, quantity, mode (et to_location pour un déplacement).</translation>
    </message>
    <message>
        <source>The file has a header row but no stock rows.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucune ligne de stock.</translation>
    </message>
    <message>
        <source>The SKU is missing.</source>
        <translation>Le SKU est manquant.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;. Use increment, decrement, adjust (set the count) or modify (move).</source>
        <translation>Mode «&#xa0;%1&#xa0;» inconnu. Utilisez increment, decrement, adjust (fixer le stock) ou modify (déplacer).</translation>
    </message>
    <message>
        <source>The quantity is missing.</source>
        <translation>La quantité est manquante.</translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; is not a whole number.</source>
        <translation>La quantité «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The quantity to set must be 0 or more, not %1.</source>
        <translation>La quantité à fixer doit être de 0 ou plus, et non %1.</translation>
    </message>
    <message>
        <source>The quantity must be 1 or more, not %1.</source>
        <translation>La quantité doit être de 1 ou plus, et non %1.</translation>
    </message>
    <message>
        <source>A move needs the location to move to, in the to_location column.</source>
        <translation>Un déplacement a besoin de l&apos;emplacement de destination, dans la colonne to_location.</translation>
    </message>
    <message>
        <source>The stock would move to the location it is in.</source>
        <translation>Le stock serait déplacé vers l&apos;emplacement où il se trouve déjà.</translation>
    </message>
    <message>
        <source>Cannot take %1 of %2 from %3: only %4 on hand there (after the rows above). ShipStation would refuse the whole row.</source>
        <translation>Impossible de retirer %1 unité(s) de %2 à l&apos;emplacement %3&#xa0;: seulement %4 en stock ici (après les lignes précédentes). ShipStation refuserait toute la ligne.</translation>
    </message>
    <message>
        <source>Cannot take %1 of %2 from %3: only %4 available there; %5 more are allocated to orders. Use adjust to correct a stock count.</source>
        <translation>Impossible de retirer %1 unité(s) de %2 à l&apos;emplacement %3&#xa0;: seulement %4 disponible(s) ici, plus %5 réservée(s) aux commandes. Utilisez adjust pour corriger un comptage de stock.</translation>
    </message>
    <message>
        <source>%1 warehouses are called &quot;%2&quot;; give the warehouse id instead (%3).</source>
        <translation>%1 entrepôts s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;; indiquez plutôt l&apos;identifiant de l&apos;entrepôt (%3).</translation>
    </message>
    <message>
        <source>There is no inventory warehouse &quot;%1&quot;.</source>
        <translation>L&apos;entrepôt d&apos;inventaire «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The location is missing.</source>
        <translation>L&apos;emplacement est manquant.</translation>
    </message>
    <message>
        <source>Location &quot;%1&quot; is in warehouse &quot;%2&quot;, not in &quot;%3&quot;.</source>
        <translation>L&apos;emplacement «&#xa0;%1&#xa0;» se trouve dans l&apos;entrepôt «&#xa0;%2&#xa0;», pas dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 locations are called &quot;%2&quot;; give the warehouse too, or the location id.</source>
        <translation>%1 emplacements s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;; indiquez aussi l&apos;entrepôt, ou l&apos;identifiant de l&apos;emplacement.</translation>
    </message>
    <message>
        <source>Warehouse &quot;%1&quot; has no location &quot;%2&quot;.</source>
        <translation>L&apos;entrepôt «&#xa0;%1&#xa0;» n&apos;a pas d&apos;emplacement «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no inventory location &quot;%1&quot;.</source>
        <translation>L&apos;emplacement d&apos;inventaire «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Envoyée.</translation>
    </message>
    <message>
        <source>Not sent: the import was stopped.</source>
        <translation>Non envoyée&#xa0;: l&apos;import a été arrêté.</translation>
    </message>
    <message>
        <source>Not sent: ShipStation could not be reached.</source>
        <translation>Non envoyée&#xa0;: ShipStation est injoignable.</translation>
    </message>
    <message>
        <source>The connection broke while sending this row, so it may or may not have been recorded. Check the stock level before sending it again. (%1)</source>
        <translation>La connexion a été coupée pendant l&apos;envoi de cette ligne&#xa0;: elle a peut-être été enregistrée, peut-être pas. Vérifiez le niveau de stock avant de la renvoyer. (%1)</translation>
    </message>
</context>
<context>
    <name>InventoryScanBar</name>
    <message>
        <source>Scan adds 1</source>
        <translation>Un scan ajoute 1</translation>
    </message>
    <message>
        <source>Scan removes 1</source>
        <translation>Un scan retire 1</translation>
    </message>
    <message>
        <source>Scan sets the quantity…</source>
        <translation>Un scan fixe la quantité…</translation>
    </message>
    <message>
        <source>Reason for the change (e.g. received, damaged, count)</source>
        <translation>Motif du changement (ex. : reçu, abîmé, inventaire)</translation>
    </message>
    <message>
        <source>S&amp;canning:</source>
        <translation>S&amp;can :</translation>
    </message>
</context>
<context>
    <name>InventoryTab</name>
    <message>
        <source>Filter by SKU, warehouse or location</source>
        <translation>Filtrer par SKU, entrepôt ou emplacement</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Tous les entrepôts</translation>
    </message>
    <message>
        <source>A&amp;djust…</source>
        <translation>A&amp;juster…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>I&amp;mporter un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>Filtr&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Niveaux de stock</translation>
    </message>
    <message>
        <source>Warehouses and locations</source>
        <translation>Entrepôts et emplacements</translation>
    </message>
    <message>
        <source>No V2 API key: stock levels need the V2 Inventory API.</source>
        <translation>Aucune clé API V2&#xa0;: les niveaux de stock nécessitent l&apos;API V2 Inventory.</translation>
    </message>
    <message>
        <source>Loading stock levels…</source>
        <translation>Chargement des niveaux de stock…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Stock levels could not be loaded.</source>
        <translation>Impossible de charger les niveaux de stock.</translation>
    </message>
    <message>
        <source>Loading stock levels</source>
        <translation>Chargement des niveaux de stock</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Mis à jour à %1.</translation>
    </message>
    <message>
        <source>%1 of %2 stock levels shown.</source>
        <translation>Niveaux de stock affichés&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Stock of %1 changed; reloading.</source>
        <translation>Stock de %1 modifié&#xa0;; rechargement.</translation>
    </message>
    <message>
        <source>Import stock changes</source>
        <translation>Importer des modifications de stock</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Export stock levels</source>
        <translation>Exporter les niveaux de stock</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 stock levels to %2.</source>
        <translation>Niveaux de stock exportés vers %2&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Exporting stock levels</source>
        <translation>Export des niveaux de stock</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>ShipStation accepted the key. It works for: %1.</source>
        <translation>ShipStation a accepté la clé. Elle fonctionne pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>ShipStation refused this key, so it was not saved: %1</source>
        <translation>ShipStation a refusé cette clé&#xa0;; elle n&apos;a donc pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>ShipStation accepted the key, but the account&apos;s plan leaves this API out: %1</source>
        <translation>ShipStation a accepté la clé, mais l&apos;abonnement du compte n&apos;inclut pas cette API&#xa0;: %1</translation>
    </message>
    <message>
        <source>ShipDesk could not check the key with ShipStation, so it was not saved: %1</source>
        <translation>ShipDesk n&apos;a pas pu vérifier la clé auprès de ShipStation&#xa0;; elle n&apos;a donc pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KeyExpiry</name>
    <message>
        <source>The %1 key %2 expired on %3: ShipStation refuses it now. Rotate it: Settings → API keys → Rotate.</source>
        <translation>La clé %1 %2 a expiré le %3&#xa0;: ShipStation la refuse désormais. Renouvelez-la&#xa0;: Paramètres → Clés API → Renouveler.</translation>
    </message>
    <message>
        <source>The %1 key %2 expires tomorrow (%3). Rotate it today: Settings → API keys → Rotate.</source>
        <translation>La clé %1 %2 expire demain (%3). Renouvelez-la aujourd&apos;hui&#xa0;: Paramètres → Clés API → Renouveler.</translation>
    </message>
    <message>
        <source>The %1 key %2 expires in %3 days, on %4. Rotate it before then: Settings → API keys → Rotate.</source>
        <translation>La clé %1 %2 expire dans %3 jours, le %4. Renouvelez-la d&apos;ici là&#xa0;: Paramètres → Clés API → Renouveler.</translation>
    </message>
    <message>
        <source>%1 key expired on %2</source>
        <translation>Clé %1 expirée le %2</translation>
    </message>
    <message>
        <source>%1 key expires tomorrow</source>
        <translation>La clé %1 expire demain</translation>
    </message>
    <message>
        <source>%1 key: %2 days left</source>
        <translation>Clé %1&#xa0;: encore %2 jours</translation>
    </message>
</context>
<context>
    <name>KeyExpiryWatch</name>
    <message>
        <source>Keys from the environment (not saved)</source>
        <translation>Clés de l&apos;environnement (non enregistrées)</translation>
    </message>
    <message>
        <source>Demo keys</source>
        <translation>Clés de démonstration</translation>
    </message>
    <message>
        <source>%1 (%2): expires on %3</source>
        <translation>%1 (%2)&#xa0;: expire le %3</translation>
    </message>
    <message>
        <source> — in use</source>
        <translation> — utilisée</translation>
    </message>
    <message>
        <source>API key expires soon</source>
        <translation>La clé API expire bientôt</translation>
    </message>
    <message>
        <source>Rotate now…</source>
        <translation>Renouveler maintenant…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Saving the key warning</source>
        <translation>Enregistrement de l&apos;avertissement sur la clé</translation>
    </message>
</context>
<context>
    <name>KeyForm</name>
    <message>
        <source>V1 — API key and API secret</source>
        <translation>V1 — clé API et secret API</translation>
    </message>
    <message>
        <source>V2 — API key</source>
        <translation>V2 — clé API</translation>
    </message>
    <message>
        <source>e.g. Packing bench, spring</source>
        <translation>p. ex. Poste d&apos;emballage, printemps</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé API</translation>
    </message>
    <message>
        <source>Paste the API secret</source>
        <translation>Collez le secret API</translation>
    </message>
    <message>
        <source>%1 months after creation</source>
        <translation>%1 mois après la création</translation>
    </message>
    <message>
        <source>On an exact date</source>
        <translation>À une date précise</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>Secret API&#xa0;:</translation>
    </message>
    <message>
        <source>Created in ShipStation on:</source>
        <translation>Créée dans ShipStation le&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Date d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>ShipStation shows both dates under Settings → Account → API Settings.</source>
        <translation>ShipStation affiche les deux dates sous Settings → Account → API Settings.</translation>
    </message>
    <message>
        <source>Expires on %1, %2 days from today.</source>
        <translation>Expire le %1, dans %2 jours.</translation>
    </message>
    <message>
        <source>That date has passed: ShipStation no longer accepts this key.</source>
        <translation>Cette date est passée&#xa0;: ShipStation n&apos;accepte plus cette clé.</translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <source>Reading the API keys</source>
        <translation>Lecture des clés API</translation>
    </message>
    <message>
        <source>Switching the API key</source>
        <translation>Changement de clé API</translation>
    </message>
    <message>
        <source>ShipDesk now uses the %1 key %2.</source>
        <translation>ShipDesk utilise désormais la clé %1 %2.</translation>
    </message>
    <message>
        <source>Checking the API keys</source>
        <translation>Vérification des clés API</translation>
    </message>
    <message>
        <source>The %1 key %2 is saved. Restart ShipDesk to leave demo mode and work with your account.</source>
        <translation>La clé %1 %2 est enregistrée. Redémarrez ShipDesk pour quitter le mode démonstration et travailler avec votre compte.</translation>
    </message>
    <message>
        <source>The %1 key %2 is saved and active. Restart ShipDesk to start using it.</source>
        <translation>La clé %1 %2 est enregistrée et active. Redémarrez ShipDesk pour commencer à l&apos;utiliser.</translation>
    </message>
    <message>
        <source>ShipDesk no longer keeps %1. If you have not yet, delete it in ShipStation too: Settings → Account → API Settings.</source>
        <translation>ShipDesk ne garde plus %1. Si ce n&apos;est pas encore fait, supprimez-la aussi dans ShipStation&#xa0;: Settings → Account → API Settings.</translation>
    </message>
    <message>
        <source>Removing the API key</source>
        <translation>Suppression de la clé API</translation>
    </message>
</context>
<context>
    <name>KeyRefusal</name>
    <message>
        <source>ShipStation refused the %1 key %2: it expired on %3.</source>
        <translation>ShipStation a refusé la clé %1 %2&#xa0;: elle a expiré le %3.</translation>
    </message>
    <message>
        <source>ShipStation refused the %1 key: it has expired.</source>
        <translation>ShipStation a refusé la clé %1&#xa0;: elle a expiré.</translation>
    </message>
    <message>
        <source>ShipStation refused the %1 key %2. It may have been deleted or regenerated in ShipStation. (%3)</source>
        <translation>ShipStation a refusé la clé %1 %2. Elle a peut-être été supprimée ou régénérée dans ShipStation. (%3)</translation>
    </message>
</context>
<context>
    <name>KeyRefusalHandler</name>
    <message>
        <source>ShipDesk also keeps %1, valid until %2. Use it now? It is checked with ShipStation first.</source>
        <translation>ShipDesk garde aussi %1, valable jusqu&apos;au %2. L&apos;utiliser maintenant&#xa0;? Elle sera d&apos;abord vérifiée auprès de ShipStation.</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clé API refusée</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>ShipDesk switched to %1. Rotate the refused key: Settings → Rotate an API key.</source>
        <translation>ShipDesk est passé à %1. Renouvelez la clé refusée&#xa0;: Paramètres → Renouveler une clé API.</translation>
    </message>
    <message>
        <source>Switching to the other API key</source>
        <translation>Passage à l&apos;autre clé API</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>Open Keychain Access, unlock the login keychain and allow ShipDesk to use it.</source>
        <translation>Ouvrez Trousseaux d&apos;accès, déverrouillez le trousseau de session et autorisez ShipDesk à l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Sign in to Windows with your own account (the Credential Locker belongs to it) and try again.</source>
        <translation>Connectez-vous à Windows avec votre propre compte (le Gestionnaire d&apos;identification lui appartient) et réessayez.</translation>
    </message>
    <message>
        <source>On Linux ShipDesk needs a Secret Service keyring: install GNOME Keyring (apt install gnome-keyring) or KWallet, and run ShipDesk in a desktop session where it is unlocked. On a machine without a desktop, start one with dbus-run-session and gnome-keyring-daemon --unlock. Meanwhile, keys for a single run can be given in SHIPDESK_V1_KEY, SHIPDESK_V1_SECRET and SHIPDESK_V2_KEY.</source>
        <translation>Sous Linux, ShipDesk a besoin d&apos;un trousseau Secret Service&#xa0;: installez GNOME Keyring (apt install gnome-keyring) ou KWallet, et lancez ShipDesk dans une session de bureau où il est déverrouillé. Sur une machine sans bureau, démarrez-en un avec dbus-run-session et gnome-keyring-daemon --unlock. En attendant, les clés d&apos;une seule exécution peuvent être données dans SHIPDESK_V1_KEY, SHIPDESK_V1_SECRET et SHIPDESK_V2_KEY.</translation>
    </message>
    <message>
        <source>The only keyring available keeps secrets in a plain file, and ShipDesk does not store API keys that way.</source>
        <translation>Le seul trousseau disponible garde les secrets dans un simple fichier, et ShipDesk n&apos;enregistre pas les clés API de cette façon.</translation>
    </message>
    <message>
        <source>The system keyring is switched off (PYTHON_KEYRING_BACKEND or keyring&apos;s settings choose the null keyring), so ShipDesk cannot keep API keys.</source>
        <translation>Le trousseau du système est désactivé (PYTHON_KEYRING_BACKEND ou les réglages de keyring choisissent le trousseau nul), ShipDesk ne peut donc pas garder de clés API.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the API keys.</source>
        <translation>Aucun trousseau du système n&apos;est disponible pour garder les clés API.</translation>
    </message>
    <message>
        <source>The system keyring (%1) accepted the key but did not keep it.</source>
        <translation>Le trousseau du système (%1) a accepté la clé mais ne l&apos;a pas gardée.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (log in again, or open your keyring manager) and try again.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le (reconnectez-vous, ou ouvrez votre gestionnaire de trousseaux) et réessayez.</translation>
    </message>
    <message>
        <source>The system keyring did not answer (%1).</source>
        <translation>Le trousseau du système n&apos;a pas répondu (%1).</translation>
    </message>
</context>
<context>
    <name>KeyboardLayout</name>
    <message>
        <source>US</source>
        <translation>américain (US)</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>britannique (UK)</translation>
    </message>
    <message>
        <source>German (QWERTZ)</source>
        <translation>allemand (QWERTZ)</translation>
    </message>
    <message>
        <source>French (AZERTY)</source>
        <translation>français (AZERTY)</translation>
    </message>
    <message>
        <source>Belgian (AZERTY)</source>
        <translation>belge (AZERTY)</translation>
    </message>
    <message>
        <source>Swiss German (QWERTZ)</source>
        <translation>suisse alémanique (QWERTZ)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Paste the API key.</source>
        <translation>Collez la clé API.</translation>
    </message>
    <message>
        <source>A V1 key needs its API secret too.</source>
        <translation>Une clé V1 a aussi besoin de son secret API.</translation>
    </message>
    <message>
        <source>That does not look like a ShipStation key: keys are one word, without spaces.</source>
        <translation>Cela ne ressemble pas à une clé ShipStation&#xa0;: une clé est un seul mot, sans espaces.</translation>
    </message>
    <message>
        <source>The expiry date must come after the creation date.</source>
        <translation>La date d&apos;expiration doit suivre la date de création.</translation>
    </message>
    <message>
        <source>The system keyring no longer holds the secret of %1. Remove it in Settings → API keys and add it again.</source>
        <translation>Le trousseau du système ne contient plus le secret de %1. Retirez-la dans Paramètres → Clés API et ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>ShipDesk has saved API keys but cannot read them from the system keyring.</source>
        <translation>ShipDesk a des clés API enregistrées mais ne peut pas les lire dans le trousseau du système.</translation>
    </message>
    <message>
        <source>ShipDesk already keeps two %1 keys, as many as ShipStation allows. Remove one first (and delete it in ShipStation too).</source>
        <translation>ShipDesk garde déjà deux clés %1, autant que ShipStation en permet. Retirez-en une d&apos;abord (et supprimez-la aussi dans ShipStation).</translation>
    </message>
    <message>
        <source>That key is already saved.</source>
        <translation>Cette clé est déjà enregistrée.</translation>
    </message>
    <message>
        <source>The key list in the profile could not be read (%1).</source>
        <translation>La liste des clés du profil n&apos;a pas pu être lue (%1).</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Ajouter une clé…</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Utiliser cette clé</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Re&amp;nouveler…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Looking for the system keyring</source>
        <translation>Recherche du trousseau du système</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keyring (%1); this list shows only their last four characters.</source>
        <translation>Les secrets sont gardés dans le trousseau du système (%1)&#xa0;; cette liste n&apos;en montre que les quatre derniers caractères.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Ready (second key)</source>
        <translation>Prête (deuxième clé)</translation>
    </message>
    <message>
        <source> (%1 days)</source>
        <translation> (%1 jours)</translation>
    </message>
    <message>
        <source>Remove %1 from ShipDesk? Its secret is deleted from the system keyring. ShipStation still accepts the key until you delete it there too: Settings → Account → API Settings.</source>
        <translation>Retirer %1 de ShipDesk&#xa0;? Son secret est effacé du trousseau du système. ShipStation accepte encore la clé tant que vous ne l&apos;y avez pas supprimée aussi&#xa0;: Settings → Account → API Settings.</translation>
    </message>
    <message>
        <source>It is the key in use: ShipDesk switches to your other key of that API, if there is one.</source>
        <translation>C&apos;est la clé utilisée&#xa0;: ShipDesk passe à votre autre clé de cette API, s&apos;il y en a une.</translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation>Retirer la clé API</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>LabelActionReasons</name>
    <message>
        <source>Select a label first.</source>
        <translation>Sélectionnez d&apos;abord une étiquette.</translation>
    </message>
    <message>
        <source>ShipDesk is still checking with ShipStation whether this label was bought.</source>
        <translation>ShipDesk vérifie encore auprès de ShipStation si cette étiquette a été achetée.</translation>
    </message>
    <message>
        <source>This label was voided: it must not go on a parcel.</source>
        <translation>Cette étiquette a été annulée&#xa0;: elle ne doit pas être collée sur un colis.</translation>
    </message>
    <message>
        <source>ShipDesk has no customs form for this label.</source>
        <translation>ShipDesk n&apos;a pas de déclaration en douane pour cette étiquette.</translation>
    </message>
    <message>
        <source>This label is already voided.</source>
        <translation>Cette étiquette est déjà annulée.</translation>
    </message>
    <message>
        <source>This station has no ShipStation %1 key, so it cannot void this label.</source>
        <translation>Ce poste n&apos;a pas de clé ShipStation %1&#xa0;: il ne peut pas annuler cette étiquette.</translation>
    </message>
    <message>
        <source>Return labels need ShipStation V2: V1 has no return label call.</source>
        <translation>Les étiquettes de retour passent par ShipStation V2&#xa0;: V1 ne sait pas en créer.</translation>
    </message>
    <message>
        <source>This station has no ShipStation V2 key, so it cannot buy return labels.</source>
        <translation>Ce poste n&apos;a pas de clé ShipStation V2&#xa0;: il ne peut pas acheter d&apos;étiquettes de retour.</translation>
    </message>
    <message>
        <source>This is a return label already.</source>
        <translation>C&apos;est déjà une étiquette de retour.</translation>
    </message>
    <message>
        <source>This label was voided: ShipStation makes return labels only for live labels.</source>
        <translation>Cette étiquette a été annulée&#xa0;: ShipStation ne crée d&apos;étiquette de retour que pour une étiquette valide.</translation>
    </message>
    <message>
        <source>ShipStation V1 has no tracking call: tracking status needs a V2 key and a V2 label.</source>
        <translation>ShipStation V1 n&apos;a pas d&apos;appel de suivi&#xa0;: l&apos;état du suivi demande une clé V2 et une étiquette V2.</translation>
    </message>
    <message>
        <source>Tracking status needs a ShipStation V2 key.</source>
        <translation>L&apos;état du suivi demande une clé ShipStation V2.</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No label to show.</source>
        <translation>Aucune étiquette à afficher.</translation>
    </message>
    <message>
        <source>This label cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher cette étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Letter (8.5x11 in)</source>
        <translation>Lettre US (8,5x11 po)</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 po</translation>
    </message>
    <message>
        <source>No printer chosen: shown at %1 dpi and not checked against any label stock.</source>
        <translation>Aucune imprimante choisie&#xa0;: affichée à %1 dpi, sans vérifier le format des étiquettes.</translation>
    </message>
    <message>
        <source>Checked against %1: %2 stock at %3 dpi. It fits.</source>
        <translation>Vérifiée pour %1&#xa0;: étiquettes %2 à %3 dpi. Elle convient.</translation>
    </message>
    <message>
        <source>Checked against %1: %2 stock at %3 dpi.</source>
        <translation>Vérifiée pour %1&#xa0;: étiquettes %2 à %3 dpi.</translation>
    </message>
    <message>
        <source>This label is %1 in; the printer has %2 in stock: it would be clipped.</source>
        <translation>Cette étiquette mesure %1 po&#xa0;; l&apos;imprimante a des étiquettes de %2 po&#xa0;: elle serait coupée.</translation>
    </message>
    <message>
        <source>This label is %1 in; the printer has %2 in stock: it would not fill the label.</source>
        <translation>Cette étiquette mesure %1 po&#xa0;; l&apos;imprimante a des étiquettes de %2 po&#xa0;: elle ne remplirait pas l&apos;étiquette.</translation>
    </message>
    <message>
        <source>This label was made for a %1 dpi printer; this printer prints %2 dpi: it would print too large and be clipped.</source>
        <translation>Cette étiquette est faite pour une imprimante à %1 dpi&#xa0;; celle-ci imprime à %2 dpi&#xa0;: elle sortirait trop grande et coupée.</translation>
    </message>
    <message>
        <source>This label was made for a %1 dpi printer; this printer prints %2 dpi: it would print too small.</source>
        <translation>Cette étiquette est faite pour une imprimante à %1 dpi&#xa0;; celle-ci imprime à %2 dpi&#xa0;: elle sortirait trop petite.</translation>
    </message>
    <message>
        <source>This label does not fit this printer:</source>
        <translation>Cette étiquette ne convient pas à cette imprimante&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LabelRecovery</name>
    <message>
        <source>Checking the labels bought before ShipDesk last stopped</source>
        <translation>Vérification des étiquettes achetées avant le dernier arrêt de ShipDesk</translation>
    </message>
    <message>
        <source>The label for order %1 (tracking %2), bought just before ShipDesk last stopped, was found and sent to the label printer.</source>
        <translation>L&apos;étiquette de la commande %1 (suivi %2), achetée juste avant le dernier arrêt de ShipDesk, a été retrouvée et envoyée à l&apos;imprimante d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>The label for order %1 (tracking %2), bought just before ShipDesk last stopped, was found at ShipStation; it is in the label history.</source>
        <translation>L&apos;étiquette de la commande %1 (suivi %2), achetée juste avant le dernier arrêt de ShipDesk, a été retrouvée chez ShipStation ; elle est dans l&apos;historique des étiquettes.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Order %1 (tracking %2): the label was bought but did not print. %3</source>
        <translation>Commande %1 (suivi %2) : l&apos;étiquette a été achetée mais ne s&apos;est pas imprimée. %3</translation>
    </message>
    <message>
        <source>Order %1: ShipStation could not be asked yet whether the label bought just before ShipDesk stopped went through. ShipDesk will not buy another label for this order until ShipStation answers.</source>
        <translation>Commande %1 : ShipStation n&apos;a pas encore pu dire si l&apos;étiquette achetée juste avant l&apos;arrêt de ShipDesk est passée. ShipDesk n&apos;achètera pas d&apos;autre étiquette pour cette commande tant que ShipStation n&apos;aura pas répondu.</translation>
    </message>
</context>
<context>
    <name>LevelsModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShipDesk</source>
        <translation>ShipDesk</translation>
    </message>
    <message>
        <source> — Demo</source>
        <translation> — Démo</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>&amp;Rates</source>
        <translation>&amp;Tarifs</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventaire</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Demo — local sandbox, no real labels. Add your ShipStation API keys to work with your account.</source>
        <translation>Démo — bac à sable local, aucune vraie étiquette. Ajoutez vos clés API ShipStation pour travailler sur votre compte.</translation>
    </message>
    <message>
        <source>Offline — showing cached orders</source>
        <translation>Hors ligne — commandes en cache affichées</translation>
    </message>
    <message>
        <source>Demo: local sandbox</source>
        <translation>Démo&#xa0;: bac à sable local</translation>
    </message>
    <message>
        <source>Connected to ShipStation</source>
        <translation>Connecté à ShipStation</translation>
    </message>
    <message>
        <source>Waiting %1 s for ShipStation&apos;s rate limit</source>
        <translation>Attente de %1 s (limite de requêtes ShipStation)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Print scanner &amp;command sheet…</source>
        <translation>Imprimer la feuille de &amp;commandes du lecteur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Search orders</source>
        <translation>&amp;Rechercher des commandes</translation>
    </message>
    <message>
        <source>&amp;Next order</source>
        <translation>Commande &amp;suivante</translation>
    </message>
    <message>
        <source>R&amp;ate selected order</source>
        <translation>&amp;Tarifs de la commande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Buy label</source>
        <translation>&amp;Acheter l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>&amp;File d&apos;impression…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>API &amp;keys…</source>
        <translation>&amp;Clés API…</translation>
    </message>
    <message>
        <source>&amp;Rotate an API key…</source>
        <translation>&amp;Renouveler une clé API…</translation>
    </message>
    <message>
        <source>&amp;Printers…</source>
        <translation>&amp;Imprimantes…</translation>
    </message>
    <message>
        <source>Scanner &amp;self-test…</source>
        <translation>&amp;Autotest du lecteur de codes-barres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Support report…</source>
        <translation>&amp;Rapport pour le support…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>Enregistrement des réglages</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ShipDesk.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de ShipDesk.</translation>
    </message>
    <message>
        <source>Some tabs are off for these keys.</source>
        <translation>Certains onglets sont désactivés avec ces clés.</translation>
    </message>
    <message>
        <source>Checking the API keys</source>
        <translation>Vérification des clés API</translation>
    </message>
</context>
<context>
    <name>MarkShippedDialog</name>
    <message>
        <source>Mark order %1 as shipped</source>
        <translation>Marquer la commande %1 comme expédiée</translation>
    </message>
    <message>
        <source>Scan or type the tracking number</source>
        <translation>Scannez ou saisissez</translation>
    </message>
    <message>
        <source>Email the customer</source>
        <translation>Prévenir le client par e-mail</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Mark as shipped</source>
        <translation>Marquer comme expédiée</translation>
    </message>
</context>
<context>
    <name>NewKeyPage</name>
    <message>
        <source>The new key</source>
        <translation>La nouvelle clé</translation>
    </message>
    <message>
        <source>&amp;Verify and save</source>
        <translation>&amp;Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>ShipDesk checks %1 with ShipStation before switching to it.</source>
        <translation>ShipDesk vérifie %1 auprès de ShipStation avant d&apos;y passer.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Checking the key with ShipStation…</source>
        <translation>Vérification de la clé auprès de ShipStation…</translation>
    </message>
    <message>
        <source>Checking the new API key</source>
        <translation>Vérification de la nouvelle clé API</translation>
    </message>
</context>
<context>
    <name>NonRomanDialog</name>
    <message>
        <source>Address in non-Roman letters</source>
        <translation>Adresse en caractères non latins</translation>
    </message>
    <message>
        <source>ShipStation V1 prints letters outside the Roman alphabet as ???, so the carrier could not read this label. Nothing was bought.</source>
        <translation>ShipStation V1 imprime les lettres hors de l&apos;alphabet latin sous la forme ???, le transporteur ne pourrait donc pas lire cette étiquette. Rien n&apos;a été acheté.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Street (line 2)</source>
        <translation>Rue (ligne 2)</translation>
    </message>
    <message>
        <source>Street (line 3)</source>
        <translation>Rue (ligne 3)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>On the order</source>
        <translation>Sur la commande</translation>
    </message>
    <message>
        <source>In Roman letters</source>
        <translation>En caractères latins</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>aucune&#xa0;: %1</translation>
    </message>
    <message>
        <source>ShipDesk can&apos;t spell every field in Roman letters: someone who reads it must write it on the order in ShipStation, or buy this label through V2, which prints it as written.</source>
        <translation>ShipDesk ne sait pas écrire chaque champ en caractères latins&#xa0;: quelqu&apos;un qui sait le lire doit l&apos;écrire sur la commande dans ShipStation, ou achetez cette étiquette via V2, qui l&apos;imprime tel quel.</translation>
    </message>
    <message>
        <source>Transliterate and buy</source>
        <translation>Translittérer et acheter</translation>
    </message>
    <message>
        <source>Writes the Roman spelling on the order in ShipStation, then buys the V1 label.</source>
        <translation>Écrit l&apos;orthographe latine sur la commande dans ShipStation, puis achète l&apos;étiquette V1.</translation>
    </message>
    <message>
        <source>Use V2</source>
        <translation>Utiliser V2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>Ho&amp;ld until…</source>
        <translation>&amp;Mettre en attente…</translation>
    </message>
    <message>
        <source>Restore from hol&amp;d</source>
        <translation>Le&amp;ver l&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Add tag…</source>
        <translation>A&amp;jouter balise…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>&amp;Retirer balise…</translation>
    </message>
    <message>
        <source>&amp;Mark as shipped…</source>
        <translation>Marquer ex&amp;pédiée…</translation>
    </message>
    <message>
        <source>A&amp;ssign to me…</source>
        <translation>M&apos;attrib&amp;uer…</translation>
    </message>
    <message>
        <source>Add a tag to %1</source>
        <translation>Ajouter une balise à %1</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter la balise</translation>
    </message>
    <message>
        <source>Remove a tag from %1</source>
        <translation>Retirer une balise de %1</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer la balise</translation>
    </message>
    <message>
        <source>Loading the carriers</source>
        <translation>Chargement des transporteurs</translation>
    </message>
    <message>
        <source>Holding the order</source>
        <translation>Mise en attente de la commande</translation>
    </message>
    <message>
        <source>Restoring the order from hold</source>
        <translation>Levée de l&apos;attente de la commande</translation>
    </message>
    <message>
        <source>Adding the tag</source>
        <translation>Ajout de la balise</translation>
    </message>
    <message>
        <source>Removing the tag</source>
        <translation>Retrait de la balise</translation>
    </message>
    <message>
        <source>Marking the order as shipped</source>
        <translation>Marquage de la commande comme expédiée</translation>
    </message>
    <message>
        <source>Assigning the order</source>
        <translation>Attribution de la commande</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>Enregistrement des réglages</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Sélectionnez une commande pour voir son détail.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>À expédier avant</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>En attente jusqu&apos;au</translation>
    </message>
    <message>
        <source>Requested service</source>
        <translation>Service demandé</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Adresse résidentielle</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Adresse professionnelle</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>No items</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune balise</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation>Notes du client</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Gift message</source>
        <translation>Message cadeau</translation>
    </message>
</context>
<context>
    <name>OrderDetailsFollow</name>
    <message>
        <source>Reading the order</source>
        <translation>Lecture de la commande</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>À expédier</translation>
    </message>
    <message>
        <source>Pending fulfillment</source>
        <translation>En attente de traitement</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>OrdersFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Toutes les boutiques</translation>
    </message>
    <message>
        <source>Order dat&amp;e from</source>
        <translation>&amp;Date de commande du</translation>
    </message>
    <message>
        <source>Search order number, customer or SKU (Ctrl+F)</source>
        <translation>Rechercher n° de commande, client ou SKU (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>S&amp;tore</source>
        <translation>&amp;Boutique</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order #</source>
        <translation>N° commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Requested service</source>
        <translation>Service demandé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
</context>
<context>
    <name>OrdersSyncFeed</name>
    <message>
        <source>Syncing orders…</source>
        <translation>Synchronisation des commandes…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing orders: page %1 of %2</source>
        <translation>Synchronisation des commandes&#xa0;: page %1 sur %2</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Orders are not part of this ShipStation plan</source>
        <translation>Les commandes ne font pas partie de cette offre ShipStation</translation>
    </message>
    <message>
        <source>Syncing orders</source>
        <translation>Synchronisation des commandes</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Reading the order cache</source>
        <translation>Lecture du cache des commandes</translation>
    </message>
    <message>
        <source>%1 of %2 orders</source>
        <translation>Commandes&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PackPanel</name>
    <message>
        <source>Scan an order to check its items.</source>
        <translation>Scannez une commande pour contrôler ses articles.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <source>&amp;Manager override…</source>
        <translation>Dérogation du &amp;responsable…</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Arrêter le contrôle</translation>
    </message>
</context>
<context>
    <name>PdfForZplDialog</name>
    <message>
        <source>This label would not print here</source>
        <translation>Cette étiquette ne s&apos;imprimerait pas ici</translation>
    </message>
    <message>
        <source>ShipStation V1 makes PDF labels only, and this station&apos;s label printer (%1) takes ZPL: the label could not be printed here.</source>
        <translation>ShipStation V1 ne produit que des étiquettes PDF, et l&apos;imprimante d&apos;étiquettes de ce poste (%1) attend du ZPL&#xa0;: l&apos;étiquette ne pourrait pas être imprimée ici.</translation>
    </message>
    <message>
        <source>The same service is available through V2 for %1, as a ZPL label that prints here.</source>
        <translation>Le même service est disponible via V2 pour %1, en étiquette ZPL qui s&apos;imprime ici.</translation>
    </message>
    <message>
        <source>No V2 rate for this service is shown: choose a V2 rate in the table to print here, or buy the V1 label and print it from the label history on a PDF printer.</source>
        <translation>Aucun tarif V2 n&apos;est affiché pour ce service&#xa0;: choisissez un tarif V2 dans le tableau pour imprimer ici, ou achetez l&apos;étiquette V1 et imprimez-la depuis l&apos;historique des étiquettes sur une imprimante PDF.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Buy V1 anyway (print elsewhere)</source>
        <translation>Acheter en V1 quand même (imprimer ailleurs)</translation>
    </message>
    <message>
        <source>Buy through V2 for %1</source>
        <translation>Acheter via V2 pour %1</translation>
    </message>
</context>
<context>
    <name>PlacesView</name>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Units on hand</source>
        <translation>Unités en stock</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Inventory warehouses</source>
        <translation>Entrepôts d&apos;inventaire</translation>
    </message>
    <message>
        <source>New warehouse…</source>
        <translation>Nouvel entrepôt…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Locations in the selected warehouse</source>
        <translation>Emplacements de l&apos;entrepôt sélectionné</translation>
    </message>
    <message>
        <source>New location…</source>
        <translation>Nouvel emplacement…</translation>
    </message>
    <message>
        <source>New inventory warehouse</source>
        <translation>Nouvel entrepôt d&apos;inventaire</translation>
    </message>
    <message>
        <source>Name of the new warehouse:</source>
        <translation>Nom du nouvel entrepôt&#xa0;:</translation>
    </message>
    <message>
        <source>Creating an inventory warehouse</source>
        <translation>Création d&apos;un entrepôt d&apos;inventaire</translation>
    </message>
    <message>
        <source>Rename warehouse</source>
        <translation>Renommer l&apos;entrepôt</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Renaming an inventory warehouse</source>
        <translation>Renommage d&apos;un entrepôt d&apos;inventaire</translation>
    </message>
    <message>
        <source>ShipStation will not delete warehouse “%1” while it holds stock: %2 units are on hand in its locations.</source>
        <translation>ShipStation ne supprimera pas l&apos;entrepôt «&#xa0;%1&#xa0;» tant qu&apos;il contient du stock (unités en stock dans ses emplacements&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Delete inventory warehouse “%1” and its %2 locations? They hold no stock.</source>
        <translation>Supprimer l&apos;entrepôt d&apos;inventaire «&#xa0;%1&#xa0;» et ses emplacements (%2)&#xa0;? Ils ne contiennent aucun stock.</translation>
    </message>
    <message>
        <source>Delete warehouse</source>
        <translation>Supprimer l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nouvel emplacement</translation>
    </message>
    <message>
        <source>Name of the new location in “%1”:</source>
        <translation>Nom du nouvel emplacement dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Creating an inventory location</source>
        <translation>Création d&apos;un emplacement d&apos;inventaire</translation>
    </message>
    <message>
        <source>Rename location</source>
        <translation>Renommer l&apos;emplacement</translation>
    </message>
    <message>
        <source>Renaming an inventory location</source>
        <translation>Renommage d&apos;un emplacement d&apos;inventaire</translation>
    </message>
    <message>
        <source>ShipStation will not delete location “%1” while it holds stock: %2 units are on hand there.</source>
        <translation>ShipStation ne supprimera pas l&apos;emplacement «&#xa0;%1&#xa0;» tant qu&apos;il contient du stock (unités en stock&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Delete location “%1”? It holds no stock.</source>
        <translation>Supprimer l&apos;emplacement «&#xa0;%1&#xa0;»&#xa0;? Il ne contient aucun stock.</translation>
    </message>
    <message>
        <source>Delete location</source>
        <translation>Supprimer l&apos;emplacement</translation>
    </message>
    <message>
        <source>To keep that stock, close this and move it to another location first (Stock levels → Adjust… → Move). Or delete it together with its stock: those units are removed from ShipStation&apos;s inventory, which cannot be undone.</source>
        <translation>Pour garder ce stock, fermez cette fenêtre et déplacez-le d&apos;abord vers un autre emplacement (Niveaux de stock → Ajuster… → Déplacer). Ou supprimez-le avec son stock&#xa0;: ces unités sont retirées de l&apos;inventaire ShipStation, ce qui est irréversible.</translation>
    </message>
    <message>
        <source>Delete with its stock?</source>
        <translation>Supprimer avec son stock&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the stock and delete</source>
        <translation>Retirer le stock et supprimer</translation>
    </message>
    <message>
        <source>Deleting an inventory warehouse</source>
        <translation>Suppression d&apos;un entrepôt d&apos;inventaire</translation>
    </message>
    <message>
        <source>Deleting an inventory location</source>
        <translation>Suppression d&apos;un emplacement d&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Station presets</source>
        <translation>Préréglages du poste</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Enre&amp;gistrer comme préréglage…</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(aucun préréglage)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>Preset name (the same name replaces that preset):</source>
        <translation>Nom du préréglage (un nom existant remplace ce préréglage)&#xa0;:</translation>
    </message>
    <message>
        <source>Saving the presets</source>
        <translation>Enregistrement des préréglages</translation>
    </message>
</context>
<context>
    <name>PrintQueueModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <source>Print queue</source>
        <translation>File d&apos;impression</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Send every held job again now, instead of waiting for the next try.</source>
        <translation>Renvoyer maintenant toutes les impressions retenues, sans attendre le prochain essai.</translation>
    </message>
    <message>
        <source>Send to &amp;another printer…</source>
        <translation>Envoyer à une &amp;autre imprimante…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading the print queue</source>
        <translation>Lecture de la file d&apos;impression</translation>
    </message>
    <message>
        <source>%1 waiting (%2 held)</source>
        <translation>%1 en attente (%2 retenues)</translation>
    </message>
    <message>
        <source>Select waiting jobs of one kind (all ZPL or all PDF).</source>
        <translation>Sélectionnez des impressions en attente d&apos;un seul type (toutes ZPL ou toutes PDF).</translation>
    </message>
    <message>
        <source>Retrying the print jobs</source>
        <translation>Nouvel essai des impressions</translation>
    </message>
    <message>
        <source>This station: </source>
        <translation>Ce poste : </translation>
    </message>
    <message>
        <source>Printer: </source>
        <translation>Imprimante : </translation>
    </message>
    <message>
        <source>Listing the printers</source>
        <translation>Liste des imprimantes</translation>
    </message>
    <message>
        <source>Moving the print jobs</source>
        <translation>Déplacement des impressions</translation>
    </message>
</context>
<context>
    <name>PrintRunner</name>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Print &amp;queue…</source>
        <translation>&amp;File d&apos;impression…</translation>
    </message>
    <message>
        <source>A print job for printer %2 was being sent when ShipDesk stopped: check whether it printed, then use Retry now in Print queue, or send it to another printer.</source>
        <translation>Une impression pour l&apos;imprimante %2 était en cours d&apos;envoi à l&apos;arrêt de ShipDesk : vérifiez si elle est sortie, puis utilisez Réessayer maintenant dans la file d&apos;impression, ou envoyez-la à une autre imprimante.</translation>
    </message>
    <message>
        <source>%1 print jobs for printer %2 were being sent when ShipDesk stopped: check whether they printed, then use Retry now in Print queue, or send them to another printer.</source>
        <translation>%1 impressions pour l&apos;imprimante %2 étaient en cours d&apos;envoi à l&apos;arrêt de ShipDesk : vérifiez si elles sont sorties, puis utilisez Réessayer maintenant dans la file d&apos;impression, ou envoyez-les à une autre imprimante.</translation>
    </message>
    <message>
        <source>1 label is waiting for printer %2: %3. It will print when the printer is back; you can send it to another printer from Print queue.</source>
        <translation>1 étiquette attend l&apos;imprimante %2 : %3. Elle s&apos;imprimera au retour de l&apos;imprimante ; vous pouvez l&apos;envoyer à une autre imprimante depuis la file d&apos;impression.</translation>
    </message>
    <message>
        <source>%1 labels are waiting for printer %2: %3. They will print when the printer is back; you can send them to another printer from Print queue.</source>
        <translation>%1 étiquettes attendent l&apos;imprimante %2 : %3. Elles s&apos;imprimeront au retour de l&apos;imprimante ; vous pouvez les envoyer à une autre imprimante depuis la file d&apos;impression.</translation>
    </message>
    <message>
        <source>1 document is waiting for printer %2: %3. It will print when the printer is back; you can send it to another printer from Print queue.</source>
        <translation>1 document attend l&apos;imprimante %2 : %3. Il s&apos;imprimera au retour de l&apos;imprimante ; vous pouvez l&apos;envoyer à une autre imprimante depuis la file d&apos;impression.</translation>
    </message>
    <message>
        <source>%1 documents are waiting for printer %2: %3. They will print when the printer is back; you can send them to another printer from Print queue.</source>
        <translation>%1 documents attendent l&apos;imprimante %2 : %3. Ils s&apos;imprimeront au retour de l&apos;imprimante ; vous pouvez les envoyer à une autre imprimante depuis la file d&apos;impression.</translation>
    </message>
    <message>
        <source>%1 print jobs (labels and documents) are waiting for printer %2: %3. They will print when the printer is back; you can send them to another printer from Print queue.</source>
        <translation>%1 impressions (étiquettes et documents) attendent l&apos;imprimante %2 : %3. Elles s&apos;imprimeront au retour de l&apos;imprimante ; vous pouvez les envoyer à une autre imprimante depuis la file d&apos;impression.</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <source>For this run the label printer is %1, given on the command line (--label-printer). What you save here is used from the next start without that option.</source>
        <translation>Pour cette session, l&apos;imprimante d&apos;étiquettes est %1, donnée en ligne de commande (--label-printer). Ce que vous enregistrez ici sert dès le prochain démarrage sans cette option.</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Imprimante d&apos;étiquettes</translation>
    </message>
    <message>
        <source>IP address or name, e.g. 192.168.1.50</source>
        <translation>Adresse IP ou nom, par ex. 192.168.1.50</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>System queue: PDF at actual size</source>
        <translation>File du système : PDF en taille réelle</translation>
    </message>
    <message>
        <source>Raw ZPL through the print spooler</source>
        <translation>ZPL brut par le spouleur d&apos;impression</translation>
    </message>
    <message>
        <source>Raw ZPL straight to port 9100</source>
        <translation>ZPL brut directement au port 9100</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Print &amp;test label</source>
        <translation>Imprimer une étiquette de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Imprimante</translation>
    </message>
    <message>
        <source>&amp;Network address</source>
        <translation>Adresse &amp;réseau</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>Réso&amp;lution</translation>
    </message>
    <message>
        <source>St&amp;ock</source>
        <translation>Su&amp;pport</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>&amp;Copies</translation>
    </message>
    <message>
        <source>Document printer (packing slips, pick lists, customs forms)</source>
        <translation>Imprimante de documents (bons de livraison, listes de prélèvement, formulaires de douane)</translation>
    </message>
    <message>
        <source>Pr&amp;inter</source>
        <translation>Imprima&amp;nte</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>Papi&amp;er</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Tr&amp;ansport</source>
        <translation>Tr&amp;ansport</translation>
    </message>
    <message>
        <source>Print the label as soon as it is &amp;bought</source>
        <translation>Imprimer l&apos;étiquette dès qu&apos;elle est &amp;achetée</translation>
    </message>
    <message>
        <source>&amp;Quick ship: buy without showing the cost for confirmation</source>
        <translation>Expédition &amp;rapide : acheter sans afficher le coût pour confirmation</translation>
    </message>
    <message>
        <source>4x6 in label</source>
        <translation>Étiquette 4x6 pouces</translation>
    </message>
    <message>
        <source>4x6.75 in label with doc tab</source>
        <translation>Étiquette 4x6,75 pouces avec volet</translation>
    </message>
    <message>
        <source>Letter paper (8.5x11 in)</source>
        <translation>Papier Letter (8,5x11 pouces)</translation>
    </message>
    <message>
        <source>The printer list could not be read: %1</source>
        <translation>La liste des imprimantes n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Network printer (port 9100)</source>
        <translation>Imprimante réseau (port 9100)</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
    </message>
    <message>
        <source>%1 (not found on this computer)</source>
        <translation>%1 (introuvable sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Write the network printer&apos;s address (IP address or name).</source>
        <translation>Indiquez l&apos;adresse de l&apos;imprimante réseau (adresse IP ou nom).</translation>
    </message>
    <message>
        <source>Network printer %1</source>
        <translation>Imprimante réseau %1</translation>
    </message>
    <message>
        <source>Choose a label printer first.</source>
        <translation>Choisissez d&apos;abord une imprimante d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>ShipDesk test label</source>
        <translation>Étiquette de test ShipDesk</translation>
    </message>
    <message>
        <source>Test label sent to %1. The border should sit evenly inside the label&apos;s edges and the barcode should scan; if not, check the stock and resolution.</source>
        <translation>Étiquette de test envoyée à %1. Le cadre doit être régulier à l&apos;intérieur des bords de l&apos;étiquette et le code-barres doit se lire ; sinon, vérifiez le support et la résolution.</translation>
    </message>
    <message>
        <source>Printing a test label</source>
        <translation>Impression d&apos;une étiquette de test</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>Enregistrement des réglages</translation>
    </message>
</context>
<context>
    <name>PurchaseBar</name>
    <message>
        <source>&amp;Buy label</source>
        <translation>&amp;Acheter l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;Test label</source>
        <translation>Éti&amp;quette d&apos;essai</translation>
    </message>
    <message>
        <source>A sample label: nothing is charged and it must not be shipped with.</source>
        <translation>Une étiquette d&apos;essai&#xa0;: rien n&apos;est facturé et elle ne doit pas servir à expédier.</translation>
    </message>
    <message>
        <source>Edit c&amp;ustoms…</source>
        <translation>Modifier la do&amp;uane…</translation>
    </message>
    <message>
        <source>Quick ship (no confirm): Buy label buys at once.</source>
        <translation>Expédition rapide (sans confirmation)&#xa0;: Acheter l&apos;étiquette achète aussitôt.</translation>
    </message>
    <message>
        <source>Re&amp;ship…</source>
        <translation>&amp;Acheter une réexpédition…</translation>
    </message>
</context>
<context>
    <name>PurchaseFlow</name>
    <message>
        <source>Choose an order in the Orders tab first.</source>
        <translation>Choisissez d&apos;abord une commande dans l&apos;onglet Commandes.</translation>
    </message>
    <message>
        <source>The rates are still coming: wait for them, then buy.</source>
        <translation>Les tarifs arrivent encore&#xa0;: attendez-les, puis achetez.</translation>
    </message>
    <message>
        <source>Choose a rate in the table first (press Get rates if there are none).</source>
        <translation>Choisissez d&apos;abord un tarif dans le tableau (appuyez sur Obtenir les tarifs s&apos;il n&apos;y en a aucun).</translation>
    </message>
    <message>
        <source>The shipment changed since these prices: press Get rates, then buy.</source>
        <translation>L&apos;envoi a changé depuis ces prix&#xa0;: appuyez sur Obtenir les tarifs, puis achetez.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: ShipDesk won&apos;t buy a label for it.</source>
        <translation>La commande %1 est annulée&#xa0;: ShipDesk n&apos;achètera pas d&apos;étiquette pour elle.</translation>
    </message>
    <message>
        <source>The ship-to address was changed here, but a ShipStation V1 label goes to the order&apos;s own address. Correct the order in ShipStation, or buy a V2 rate (it uses the address shown here).</source>
        <translation>L&apos;adresse de destination a été modifiée ici, mais une étiquette ShipStation V1 va à l&apos;adresse de la commande elle-même. Corrigez la commande dans ShipStation, ou achetez un tarif V2 (il utilise l&apos;adresse affichée ici).</translation>
    </message>
    <message>
        <source>The carrier lists are not loaded yet: press Get rates first.</source>
        <translation>Les listes des transporteurs ne sont pas encore chargées&#xa0;: appuyez d&apos;abord sur Obtenir les tarifs.</translation>
    </message>
    <message>
        <source>Buying the label for order %1…</source>
        <translation>Achat de l&apos;étiquette de la commande %1…</translation>
    </message>
</context>
<context>
    <name>PurchaseOutcome</name>
    <message>
        <source>Print it from the label history on a PDF printer.</source>
        <translation>Imprimez-la depuis l&apos;historique des étiquettes sur une imprimante PDF.</translation>
    </message>
    <message>
        <source>Test label for order %1 (not charged, do not ship with it): tracking %2.</source>
        <translation>Étiquette d&apos;essai pour la commande %1 (non facturée, ne pas expédier avec)&#xa0;: suivi %2.</translation>
    </message>
    <message>
        <source>ShipStation&apos;s answer was lost, but it shows the label for order %1 was bought: tracking %2, cost %3.</source>
        <translation>La réponse de ShipStation a été perdue, mais il indique que l&apos;étiquette de la commande %1 a été achetée&#xa0;: suivi %2, coût %3.</translation>
    </message>
    <message>
        <source>Label bought for order %1: tracking %2, cost %3.</source>
        <translation>Étiquette achetée pour la commande %1&#xa0;: suivi %2, coût %3.</translation>
    </message>
    <message>
        <source>Sent to the label printer.</source>
        <translation>Envoyée à l&apos;imprimante d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Printing the label</source>
        <translation>Impression de l&apos;étiquette</translation>
    </message>
    <message>
        <source>It could not be sent to the printer; it is bought and saved, print it from the label history.</source>
        <translation>Elle n&apos;a pas pu être envoyée à l&apos;imprimante&#xa0;; elle est achetée et enregistrée, imprimez-la depuis l&apos;historique des étiquettes.</translation>
    </message>
    <message>
        <source>Order %1: ShipDesk can&apos;t tell yet whether the label was bought, so nothing will be bought for this order until it can check with ShipStation. Press Buy label again when the connection is back: it checks first.</source>
        <translation>Commande %1&#xa0;: ShipDesk ne sait pas encore si l&apos;étiquette a été achetée, donc rien ne sera acheté pour cette commande tant qu&apos;il n&apos;a pas pu vérifier auprès de ShipStation. Appuyez de nouveau sur Acheter l&apos;étiquette quand la connexion est revenue&#xa0;: il vérifie d&apos;abord.</translation>
    </message>
    <message>
        <source>Not known yet whether the label was bought: see the message at the top.</source>
        <translation>On ne sait pas encore si l&apos;étiquette a été achetée&#xa0;: voir le message en haut.</translation>
    </message>
    <message>
        <source>ShipStation confirms no label was bought; you can try again.</source>
        <translation>ShipStation confirme qu&apos;aucune étiquette n&apos;a été achetée&#xa0;; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Buying the label</source>
        <translation>Achat de l&apos;étiquette</translation>
    </message>
    <message>
        <source>ShipStation can&apos;t be reached: nothing was bought. Try again when the connection is back.</source>
        <translation>ShipStation est injoignable&#xa0;: rien n&apos;a été acheté. Réessayez quand la connexion est revenue.</translation>
    </message>
    <message>
        <source>The label was not bought: see the message at the top.</source>
        <translation>L&apos;étiquette n&apos;a pas été achetée&#xa0;: voir le message en haut.</translation>
    </message>
    <message>
        <source>Order %1: this station buys a label only after the pack was verified. Scan the order in verify mode and scan each item, or use Manager override.</source>
        <translation>Commande %1 : ce poste n&apos;achète une étiquette qu&apos;après le contrôle du colis. Scannez la commande en mode contrôle puis chaque article, ou utilisez la dérogation du responsable.</translation>
    </message>
</context>
<context>
    <name>PurchaseQuestions</name>
    <message>
        <source>Nothing was bought: the customs declaration is needed first.</source>
        <translation>Rien n&apos;a été acheté&#xa0;: la déclaration en douane est nécessaire d&apos;abord.</translation>
    </message>
    <message>
        <source>This PDF label will not print on this station&apos;s label printer: print it from the label history on a PDF printer.</source>
        <translation>Cette étiquette PDF ne s&apos;imprimera pas sur l&apos;imprimante d&apos;étiquettes de ce poste&#xa0;: imprimez-la depuis l&apos;historique des étiquettes sur une imprimante PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Customs: %n kind(s) of item declared, total value %1.</source>
        <translation>
            <numerusform>Douane&#xa0;: %n sorte d&apos;article déclarée, valeur totale %1.</numerusform>
            <numerusform>Douane&#xa0;: %n sortes d&apos;articles déclarées, valeur totale %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reship goes through ShipStation V2, which charges its own price; the cost shown is the V1 rate.</source>
        <translation>Une réexpédition passe par ShipStation V2, qui facture son propre prix&#xa0;; le coût affiché est le tarif V1.</translation>
    </message>
    <message>
        <source>Not bought: cancelled.</source>
        <translation>Pas acheté&#xa0;: annulé.</translation>
    </message>
    <message>
        <source>Nothing was bought: the address is in letters ShipStation V1 can&apos;t print.</source>
        <translation>Rien n&apos;a été acheté&#xa0;: l&apos;adresse est écrite avec des lettres que ShipStation V1 ne sait pas imprimer.</translation>
    </message>
    <message>
        <source>There is no ShipStation V2 key on this station, so V2 can&apos;t be used.</source>
        <translation>Ce poste n&apos;a pas de clé ShipStation V2, V2 ne peut donc pas être utilisé.</translation>
    </message>
    <message>
        <source>V2 labels are not available for this key: %1</source>
        <translation>Les étiquettes V2 ne sont pas disponibles pour cette clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No V2 rate for this service is shown: choose a V2 rate in the table instead.</source>
        <translation>Aucun tarif V2 n&apos;est affiché pour ce service&#xa0;: choisissez plutôt un tarif V2 dans le tableau.</translation>
    </message>
    <message>
        <source>Writing the address in Roman letters to the order in ShipStation…</source>
        <translation>Écriture de l&apos;adresse en caractères latins sur la commande dans ShipStation…</translation>
    </message>
    <message>
        <source>Writing the address to the order</source>
        <translation>Écriture de l&apos;adresse sur la commande</translation>
    </message>
    <message>
        <source>Nothing was bought: the order keeps its label.</source>
        <translation>Rien n&apos;a été acheté&#xa0;: la commande garde son étiquette.</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Shipping %1 + other costs %2</source>
        <translation>Transport %1 + autres frais %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1, guaranteed</source>
        <translation>%1, garanti</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <source>No order selected: choose one in the Orders tab.</source>
        <translation>Aucune commande sélectionnée&#xa0;: choisissez-en une dans l&apos;onglet Commandes.</translation>
    </message>
    <message>
        <source>&amp;Get rates</source>
        <translation>&amp;Obtenir les tarifs</translation>
    </message>
    <message>
        <source>&amp;Cheapest first</source>
        <translation>&amp;Moins cher d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Fastest first</source>
        <translation>Plus &amp;rapide d&apos;abord</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Trier&#xa0;:</translation>
    </message>
    <message>
        <source>Loading carriers and packages</source>
        <translation>Chargement des transporteurs et des emballages</translation>
    </message>
    <message>
        <source>Order %1 — %2, %3</source>
        <translation>Commande %1 — %2, %3</translation>
    </message>
    <message>
        <source>The shipment changed: press Get rates for new prices.</source>
        <translation>L&apos;envoi a changé&#xa0;: cliquez sur Obtenir les tarifs pour avoir les nouveaux prix.</translation>
    </message>
    <message>
        <source>Choose an order in the Orders tab first.</source>
        <translation>Choisissez d&apos;abord une commande dans l&apos;onglet Commandes.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not rated:</source>
        <translation>Sans tarif&#xa0;:</translation>
    </message>
    <message>
        <source>Getting rates</source>
        <translation>Obtention des tarifs</translation>
    </message>
    <message>
        <source>No carrier could rate order %1:</source>
        <translation>Aucun transporteur n&apos;a pu donner de tarif pour la commande %1&#xa0;:</translation>
    </message>
    <message>
        <source>Help → Support report has the details for ShipStation.</source>
        <translation>Aide → Rapport pour le support contient les détails pour ShipStation.</translation>
    </message>
    <message>
        <source>Getting rates from every carrier…</source>
        <translation>Demande des tarifs à tous les transporteurs…</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Could not load the carriers: %1</source>
        <translation>Impossible de charger les transporteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load the services and packages of %1: %2</source>
        <translation>Impossible de charger les services et emballages de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not load the ship-from locations: %1</source>
        <translation>Impossible de charger les lieux d&apos;expédition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load the V2 carriers: %1</source>
        <translation>Impossible de charger les transporteurs V2&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>Donnez un nom au préréglage.</translation>
    </message>
    <message>
        <source>Choose a rate in the table first: a preset remembers its carrier and service.</source>
        <translation>Choisissez d&apos;abord un tarif dans le tableau&#xa0;: un préréglage retient son transporteur et son service.</translation>
    </message>
    <message>
        <source>V2 rates could not be fetched: %1</source>
        <translation>Impossible d&apos;obtenir les tarifs V2&#xa0;: %1</translation>
    </message>
    <message>
        <source>V2 rates: %1</source>
        <translation>Tarifs V2&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 could not be rated: %3</source>
        <translation>%1 %2 n&apos;a pas pu être tarifé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Enter the weight: it must be more than zero.</source>
        <translation>Saisissez le poids&#xa0;: il doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The ship-to address needs a postal code and a country.</source>
        <translation>L&apos;adresse de destination doit avoir un code postal et un pays.</translation>
    </message>
    <message>
        <source>Choose a ship-from location.</source>
        <translation>Choisissez un lieu d&apos;expédition.</translation>
    </message>
    <message>
        <source>Not asked: %1 (the package &quot;%2&quot; is not theirs).</source>
        <translation>Non interrogés&#xa0;: %1 (l&apos;emballage «&#xa0;%2&#xa0;» n&apos;est pas le leur).</translation>
    </message>
    <message>
        <source>No V1 rates from %1: %2</source>
        <translation>Aucun tarif V1 de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>V2 rates are not used: %1</source>
        <translation>Tarifs V2 non utilisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>ShipStation&apos;s V1 rates never include this service (a documented ShipStation limit), and the V2 API returned no rate for it either. Check the price in ShipStation.</source>
        <translation>Les tarifs V1 de ShipStation n&apos;incluent jamais ce service (limite documentée de ShipStation), et l&apos;API V2 n&apos;a pas non plus renvoyé de tarif. Vérifiez le prix dans ShipStation.</translation>
    </message>
    <message>
        <source>ShipStation&apos;s V1 rates never include this service (a documented ShipStation limit), and V2 rates are not available for these keys. Check the price in ShipStation.</source>
        <translation>Les tarifs V1 de ShipStation n&apos;incluent jamais ce service (limite documentée de ShipStation), et les tarifs V2 ne sont pas disponibles avec ces clés. Vérifiez le prix dans ShipStation.</translation>
    </message>
    <message>
        <source>ShipStation&apos;s V1 rates never include this service (a documented ShipStation limit). Check the price in ShipStation.</source>
        <translation>Les tarifs V1 de ShipStation n&apos;incluent jamais ce service (limite documentée de ShipStation). Vérifiez le prix dans ShipStation.</translation>
    </message>
    <message>
        <source>ShipStation returned no rate for this service with this package, weight and address.</source>
        <translation>ShipStation n&apos;a renvoyé aucun tarif pour ce service avec cet emballage, ce poids et cette adresse.</translation>
    </message>
</context>
<context>
    <name>RedirectDialog</name>
    <message>
        <source>Send to another printer</source>
        <translation>Envoyer à une autre imprimante</translation>
    </message>
    <message>
        <source>The waiting print job goes to the printer you choose.</source>
        <translation>L&apos;impression en attente part vers l&apos;imprimante choisie.</translation>
    </message>
    <message>
        <source>%1 waiting print jobs go to the printer you choose, in the same order.</source>
        <translation>%1 impressions en attente partent vers l&apos;imprimante choisie, dans le même ordre.</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Imprimante</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>RetirePage</name>
    <message>
        <source>Retire the old key</source>
        <translation>Retirer l&apos;ancienne clé</translation>
    </message>
    <message>
        <source>Now delete the old key pair %1 in ShipStation: Settings → Account → API Settings. Until then anyone who has it can still use your account. ShipDesk forgets it when you finish.</source>
        <translation>Supprimez maintenant l&apos;ancienne paire de clés %1 dans ShipStation&#xa0;: Settings → Account → API Settings. D&apos;ici là, quiconque la détient peut encore utiliser votre compte. ShipDesk l&apos;oublie quand vous terminez.</translation>
    </message>
    <message>
        <source>I deleted %1 in ShipStation</source>
        <translation>J&apos;ai supprimé %1 dans ShipStation</translation>
    </message>
    <message>
        <source>ShipStation replaced the old V2 key %1 when you generated the new one. ShipDesk forgets it when you finish.</source>
        <translation>ShipStation a remplacé l&apos;ancienne clé V2 %1 quand vous avez généré la nouvelle. ShipDesk l&apos;oublie quand vous terminez.</translation>
    </message>
    <message>
        <source>Forget %1 in ShipDesk</source>
        <translation>Oublier %1 dans ShipDesk</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Retrait de %1…</translation>
    </message>
</context>
<context>
    <name>RotationWizard</name>
    <message>
        <source>Rotate the %1 key</source>
        <translation>Renouveler la clé %1</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <source>Buy and print the label of the open order</source>
        <translation>Acheter et imprimer l’étiquette de la commande ouverte</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Start checking the items of the open order</source>
        <translation>Commencer à vérifier les articles de la commande ouverte</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Print the last label again (no new charge)</source>
        <translation>Réimprimer la dernière étiquette (sans nouveau paiement)</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuler l’étiquette</translation>
    </message>
    <message>
        <source>Void the label of the open order</source>
        <translation>Annuler l’étiquette de la commande ouverte</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Go to the next order in the list</source>
        <translation>Passer à la commande suivante de la liste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Stop what the last scan started</source>
        <translation>Arrêter ce que le dernier scan a lancé</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>OK, compris</translation>
    </message>
    <message>
        <source>Acknowledge the error on screen</source>
        <translation>Confirmer la lecture de l’erreur affichée</translation>
    </message>
    <message>
        <source>Mode: open</source>
        <translation>Mode : ouvrir</translation>
    </message>
    <message>
        <source>A scanned order opens in the Orders tab</source>
        <translation>Une commande scannée s’ouvre dans l’onglet Commandes</translation>
    </message>
    <message>
        <source>Mode: ship</source>
        <translation>Mode : expédier</translation>
    </message>
    <message>
        <source>A scanned order is rated, bought and printed</source>
        <translation>Une commande scannée est tarifée, achetée et imprimée</translation>
    </message>
    <message>
        <source>Mode: verify</source>
        <translation>Mode : vérifier</translation>
    </message>
    <message>
        <source>A scanned order waits for its items to be scanned</source>
        <translation>Une commande scannée attend que ses articles soient scannés</translation>
    </message>
</context>
<context>
    <name>ScanController</name>
    <message>
        <source>Scanned %1: open an order first.</source>
        <translation>Scanné %1 : ouvrez d&apos;abord une commande.</translation>
    </message>
    <message>
        <source>Scanned %1: nothing to cancel.</source>
        <translation>Scanné %1 : rien à annuler.</translation>
    </message>
    <message>
        <source>Reading the SKUs for scanning</source>
        <translation>Lecture des SKU pour le scan</translation>
    </message>
    <message>
        <source>%1 ShipDesk read this scan anyway, but fix it: Settings → Scanner self-test says how.</source>
        <translation>%1 ShipDesk a tout de même lu ce scan, mais corrigez-le : Paramètres → Autotest du lecteur explique comment.</translation>
    </message>
    <message>
        <source>A scan of %1 came in pieces or without Enter at the end, so it was typed into the field instead. Scan it again; if this repeats, run Settings → Scanner self-test.</source>
        <translation>Un scan de %1 est arrivé en morceaux ou sans Entrée à la fin : il a été saisi dans le champ à la place. Scannez de nouveau ; si cela se répète, lancez Paramètres → Autotest du lecteur.</translation>
    </message>
    <message>
        <source>Next order: the Orders tab is off for these API keys.</source>
        <translation>Commande suivante : l’onglet Commandes est désactivé pour ces clés d’API.</translation>
    </message>
</context>
<context>
    <name>ScanDecoder</name>
    <message>
        <source>Control characters in the scan were left out.</source>
        <translation>Les caractères de contrôle du scan ont été ignorés.</translation>
    </message>
    <message>
        <source>Read through a keyboard layout mismatch: the scanner types %1, this computer uses %2.</source>
        <translation>Lu malgré une disposition de clavier différente : le lecteur tape en %1, cet ordinateur utilise %2.</translation>
    </message>
    <message>
        <source>Read through dead keys: this computer&apos;s layout combined ^ with the next character.</source>
        <translation>Lu malgré les touches mortes : la disposition de cet ordinateur a combiné ^ avec le caractère suivant.</translation>
    </message>
    <message>
        <source>The closing ^ of the scan-to-view code did not arrive (a dead key before Enter).</source>
        <translation>Le ^ final du code « scan to view » n’est pas arrivé (une touche morte avant Entrée).</translation>
    </message>
    <message>
        <source>Read a scan-to-view code whose ^ and # arrived as %1 and %2: check the scanner&apos;s keyboard layout.</source>
        <translation>Code « scan to view » lu alors que ^ et # sont arrivés en %1 et %2 : vérifiez la disposition de clavier du lecteur.</translation>
    </message>
    <message>
        <source>Matched SKU %1 ignoring upper and lower case (is Caps Lock on?).</source>
        <translation>SKU %1 reconnu sans tenir compte des majuscules (le verrouillage des majuscules est-il activé ?).</translation>
    </message>
    <message>
        <source>The check digit does not add up: the number may have been misread.</source>
        <translation>La clé de contrôle ne correspond pas : le numéro a peut-être été mal lu.</translation>
    </message>
    <message>
        <source>If this is a product barcode (UPC/EAN) or a FedEx number, its check digit is wrong: scan it again.</source>
        <translation>S’il s’agit d’un code-barres produit (UPC/EAN) ou d’un numéro FedEx, sa clé de contrôle est fausse : scannez-le de nouveau.</translation>
    </message>
    <message>
        <source>Not a kind of code ShipDesk knows; it can still be looked up as an order number.</source>
        <translation>Type de code inconnu de ShipDesk ; il peut tout de même être cherché comme numéro de commande.</translation>
    </message>
    <message>
        <source>The order number pattern in the settings is not valid (%1); the default is used.</source>
        <translation>Le modèle de numéro de commande des paramètres n’est pas valide (%1) ; celui par défaut est utilisé.</translation>
    </message>
    <message>
        <source>Nothing but blanks or control characters arrived.</source>
        <translation>Seuls des blancs ou des caractères de contrôle sont arrivés.</translation>
    </message>
    <message>
        <source>Too long for a barcode ShipDesk knows (%1 characters).</source>
        <translation>Trop long pour un code-barres connu de ShipDesk (%1 caractères).</translation>
    </message>
    <message>
        <source>This looks like a ShipDesk command barcode, but it arrived damaged or comes from another version: scan it again, or print a new command sheet.</source>
        <translation>Cela ressemble à un code-barres de commande ShipDesk, mais il est arrivé abîmé ou vient d’une autre version : scannez-le de nouveau ou imprimez une nouvelle feuille de commandes.</translation>
    </message>
    <message>
        <source>A scan-to-view code with orderId 0: ShipStation has no such order.</source>
        <translation>Un code « scan to view » avec l’orderId 0 : ShipStation n’a pas de telle commande.</translation>
    </message>
    <message>
        <source>No letters or digits in it: not a code ShipDesk can use.</source>
        <translation>Ni lettre ni chiffre : ce n’est pas un code utilisable par ShipDesk.</translation>
    </message>
    <message>
        <source>ShipDesk could not read this scan (%1).</source>
        <translation>ShipDesk n’a pas pu lire ce scan (%1).</translation>
    </message>
</context>
<context>
    <name>ScanFeedback</name>
    <message>
        <source>Acknowledge the scan error</source>
        <translation>Confirmer la lecture de l’erreur de scan</translation>
    </message>
    <message>
        <source>Scan of %1 ignored: acknowledge the error first.</source>
        <translation>Scan de %1 ignoré : confirmez d’abord l’erreur.</translation>
    </message>
    <message>
        <source>Scan OK on the command sheet, press Esc or click the button when you have read this.</source>
        <translation>Après lecture, scannez OK sur la feuille de commandes, appuyez sur Échap ou cliquez sur le bouton.</translation>
    </message>
</context>
<context>
    <name>ScanIndicator</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Scan mode: %1</source>
        <translation>Mode de scan : %1</translation>
    </message>
    <message>
        <source>What a scanned order does. Switch with the mode barcodes on the scanner command sheet, or here.</source>
        <translation>Ce que fait une commande scannée. Changez-le avec les codes-barres de mode de la feuille de commandes, ou ici.</translation>
    </message>
</context>
<context>
    <name>ScanInventory</name>
    <message>
        <source>Scanned %1: no such SKU in the stock levels, so nothing was changed. Reload if it was added just now.</source>
        <translation>Scanné %1 : ce SKU n&apos;est pas dans les niveaux de stock, rien n&apos;a été modifié. Rechargez s&apos;il vient d&apos;être ajouté.</translation>
    </message>
    <message>
        <source>Scanned %1: this SKU is in %2 locations. Select the row to change, then scan again.</source>
        <translation>Scanné %1 : ce SKU est dans %2 emplacements. Sélectionnez la ligne à modifier, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>Scanned %1: no stock SKU is this number, and without a ShipStation V1 key product barcodes can&apos;t be looked up. Scan the SKU instead.</source>
        <translation>Scanné %1 : aucun SKU en stock ne porte ce numéro, et sans clé ShipStation V1 les codes-barres produit ne peuvent pas être recherchés. Scannez plutôt le SKU.</translation>
    </message>
    <message>
        <source>Looking up the product barcode…</source>
        <translation>Recherche du code-barres produit…</translation>
    </message>
    <message>
        <source>Scanned %1: the products could not be read from ShipStation to look up this barcode (%2), so nothing was changed. Scan it again.</source>
        <translation>Scanné %1 : les produits n’ont pas pu être lus depuis ShipStation pour rechercher ce code-barres (%2), donc rien n’a été modifié. Scannez-le à nouveau.</translation>
    </message>
    <message>
        <source>Scanned %1: no product in ShipStation has this barcode and no stock SKU is this number, so nothing was changed.</source>
        <translation>Scanné %1 : aucun produit dans ShipStation n’a ce code-barres et aucun SKU en stock ne porte ce numéro, donc rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Scanned %1: this barcode belongs to several products (%2), so nothing was changed. Scan the SKU instead.</source>
        <translation>Scanné %1 : ce code-barres appartient à plusieurs produits (%2), donc rien n’a été modifié. Scannez plutôt le SKU.</translation>
    </message>
    <message>
        <source>Scanned %1 (SKU %2): this SKU has no stock level yet, so nothing was changed. Reload if it was added just now.</source>
        <translation>Scanné %1 (SKU %2) : ce SKU n’a pas encore de niveau de stock, donc rien n’a été modifié. Rechargez s’il vient d’être ajouté.</translation>
    </message>
    <message>
        <source>Set quantity</source>
        <translation>Fixer la quantité</translation>
    </message>
    <message>
        <source>Units of %1 at %2:</source>
        <translation>Unités de %1 à %2 :</translation>
    </message>
    <message>
        <source>No V2 API key: stock can&apos;t be changed from this station.</source>
        <translation>Pas de clé API V2 : le stock ne peut pas être modifié depuis ce poste.</translation>
    </message>
    <message>
        <source>%1 at %2: +1 sent.</source>
        <translation>%1 à %2 : +1 envoyé.</translation>
    </message>
    <message>
        <source>%1 at %2: −1 sent.</source>
        <translation>%1 à %2 : −1 envoyé.</translation>
    </message>
    <message>
        <source>%1 at %2: set to %3.</source>
        <translation>%1 à %2 : fixé à %3.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Stock of %1 not changed: %2</source>
        <translation>Stock de %1 non modifié : %2</translation>
    </message>
</context>
<context>
    <name>ScanLabelCommands</name>
    <message>
        <source>Scanned %1: open an order first.</source>
        <translation>Scanné %1 : ouvrez d&apos;abord une commande.</translation>
    </message>
    <message>
        <source>This order has no label bought at this station.</source>
        <translation>Cette commande n&apos;a pas d&apos;étiquette achetée sur ce poste.</translation>
    </message>
    <message>
        <source>Label %1 sent to the printer again (no new charge).</source>
        <translation>Étiquette %1 renvoyée à l&apos;imprimante (sans nouveau débit).</translation>
    </message>
    <message>
        <source>Reprint failed: %1</source>
        <translation>La réimpression a échoué : %1</translation>
    </message>
    <message>
        <source>The label is not in the Labels tab yet: void it from there.</source>
        <translation>L&apos;étiquette n&apos;est pas encore dans l&apos;onglet Étiquettes : annulez-la depuis cet onglet.</translation>
    </message>
    <message>
        <source>This label can&apos;t be voided from here: the Labels tab says why.</source>
        <translation>Cette étiquette ne peut pas être annulée d&apos;ici : l&apos;onglet Étiquettes indique pourquoi.</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>command barcode</source>
        <translation>code-barres de commande</translation>
    </message>
    <message>
        <source>scan-to-view code</source>
        <translation>code « scan to view »</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numéro de commande</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>product barcode</source>
        <translation>code-barres produit</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>numéro de suivi</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>unreadable scan</source>
        <translation>scan illisible</translation>
    </message>
    <message>
        <source>Scanned %1: %2</source>
        <translation>Scanné %1 : %2</translation>
    </message>
    <message>
        <source>Scanned %1 (%2): nothing to do with it in %3 mode.</source>
        <translation>Scanné %1 (%2) : rien à en faire en mode %3.</translation>
    </message>
</context>
<context>
    <name>ScanToOpen</name>
    <message>
        <source>Scanned %1: the Orders tab is off for these API keys, so it can&apos;t open.</source>
        <translation>Scanné %1 : l’onglet Commandes est désactivé pour ces clés d’API, impossible de l’ouvrir.</translation>
    </message>
    <message>
        <source>Scanned %1: no such order, neither in the local cache nor in ShipStation.</source>
        <translation>Scanné %1 : aucune commande de ce numéro, ni dans le cache local ni dans ShipStation.</translation>
    </message>
    <message>
        <source>Scanned %1: it is not in the local cache, and ShipStation can&apos;t be reached to look it up. Try again when the connection is back.</source>
        <translation>Scanné %1 : absente du cache local, et ShipStation est injoignable pour la chercher. Réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <source>Scanned %1: looking it up failed: %2</source>
        <translation>Scanné %1 : la recherche a échoué : %2</translation>
    </message>
    <message>
        <source>Scanned %1: the order could not be shown.</source>
        <translation>Scanné %1 : la commande n’a pas pu être affichée.</translation>
    </message>
    <message>
        <source>%1 orders have the number %2: the oldest is selected.</source>
        <translation>%1 commandes portent le numéro %2 : la plus ancienne est sélectionnée.</translation>
    </message>
    <message>
        <source>Refreshing the scanned order</source>
        <translation>Actualisation de la commande scannée</translation>
    </message>
</context>
<context>
    <name>ScanToShip</name>
    <message>
        <source>the preset %1 (%2) has no rate for this order that this station can print. Buy it from the Rates tab.</source>
        <translation>le préréglage %1 (%2) n&apos;a pas de tarif pour cette commande que ce poste peut imprimer. Achetez-la depuis l&apos;onglet Tarifs.</translation>
    </message>
    <message>
        <source>no rate delivers within %1 days. Buy it from the Rates tab.</source>
        <translation>aucun tarif ne livre en %1 jours. Achetez-la depuis l&apos;onglet Tarifs.</translation>
    </message>
    <message>
        <source>no rate this station can print was offered. Buy it from the Rates tab.</source>
        <translation>aucun tarif que ce poste peut imprimer n&apos;a été proposé. Achetez-la depuis l&apos;onglet Tarifs.</translation>
    </message>
    <message>
        <source>the order is cancelled: no label is bought.</source>
        <translation>la commande est annulée : aucune étiquette n&apos;est achetée.</translation>
    </message>
    <message>
        <source>the order is already shipped. A second label (reship) is bought from the Rates tab, where it asks first.</source>
        <translation>la commande est déjà expédiée. Une deuxième étiquette (réexpédition) s&apos;achète depuis l&apos;onglet Tarifs, qui demande d&apos;abord.</translation>
    </message>
    <message>
        <source>the ship-to address is in letters ShipStation V1 can&apos;t print. Open it in the Rates tab to write it in Roman letters or buy through V2.</source>
        <translation>l&apos;adresse de livraison est dans un alphabet que ShipStation V1 ne sait pas imprimer. Ouvrez-la dans l&apos;onglet Tarifs pour l&apos;écrire en lettres latines ou acheter via V2.</translation>
    </message>
    <message>
        <source>the customs declaration is not complete (%1). Fix it with Edit customs… in the Rates tab, then scan again.</source>
        <translation>la déclaration en douane est incomplète (%1). Corrigez-la avec Modifier la douane… dans l&apos;onglet Tarifs, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>Order %1: stopped before anything was bought.</source>
        <translation>Commande %1 : arrêté avant tout achat.</translation>
    </message>
    <message>
        <source>Order %1: the purchase was already sent and will finish; its label will not print (print it from the Labels tab).</source>
        <translation>Commande %1 : l&apos;achat était déjà envoyé et se terminera ; son étiquette ne sera pas imprimée (imprimez-la depuis l&apos;onglet Étiquettes).</translation>
    </message>
    <message>
        <source>Scanned %1: order %2 is still being shipped, so this scan did nothing. Scan it again when the label is out.</source>
        <translation>Scanné %1 : la commande %2 est encore en cours d&apos;expédition, ce scan n&apos;a rien fait. Scannez-le à nouveau quand l&apos;étiquette est sortie.</translation>
    </message>
    <message>
        <source>Order %1: getting rates…</source>
        <translation>Commande %1 : obtention des tarifs…</translation>
    </message>
    <message>
        <source>Order %1: buying the label…</source>
        <translation>Commande %1 : achat de l&apos;étiquette…</translation>
    </message>
    <message>
        <source>Order %1: label bought, tracking %2, cost %3.</source>
        <translation>Commande %1 : étiquette achetée, suivi %2, coût %3.</translation>
    </message>
    <message>
        <source>Automatic printing is off: print it from the Labels tab.</source>
        <translation>L&apos;impression automatique est désactivée : imprimez-la depuis l&apos;onglet Étiquettes.</translation>
    </message>
    <message>
        <source>Printing… (scan CANCEL to keep it unprinted)</source>
        <translation>Impression… (scannez ANNULER pour ne pas l&apos;imprimer)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>It waits in the print queue.</source>
        <translation>Elle attend dans la file d’impression.</translation>
    </message>
    <message>
        <source>the label is bought but could not be sent to the printer (%1). Print it from the Labels tab.</source>
        <translation>l&apos;étiquette est achetée mais n&apos;a pas pu être envoyée à l&apos;imprimante (%1). Imprimez-la depuis l&apos;onglet Étiquettes.</translation>
    </message>
    <message>
        <source>Order %1: the label is bought and was not printed. Print it from the Labels tab when you need it.</source>
        <translation>Commande %1 : l&apos;étiquette est achetée et n&apos;a pas été imprimée. Imprimez-la depuis l&apos;onglet Étiquettes quand vous en avez besoin.</translation>
    </message>
    <message>
        <source>Order %1 not shipped: %2</source>
        <translation>Commande %1 non expédiée : %2</translation>
    </message>
    <message>
        <source>it already has a label (%1): nothing was bought. Scan REPRINT to print it again, or buy another from the Rates tab.</source>
        <translation>elle a déjà une étiquette (%1) : rien n&apos;a été acheté. Scannez RÉIMPRIMER pour l&apos;imprimer à nouveau, ou achetez-en une autre depuis l&apos;onglet Tarifs.</translation>
    </message>
    <message>
        <source>the ship-to address is in letters ShipStation V1 can&apos;t print: nothing was bought. Open it in the Rates tab.</source>
        <translation>l&apos;adresse de livraison est dans un alphabet que ShipStation V1 ne sait pas imprimer : rien n&apos;a été acheté. Ouvrez-la dans l&apos;onglet Tarifs.</translation>
    </message>
    <message>
        <source>the customs declaration is not complete: nothing was bought. Fix it in the Rates tab (Edit customs…).</source>
        <translation>la déclaration en douane est incomplète : rien n&apos;a été acheté. Corrigez-la dans l&apos;onglet Tarifs (Modifier la douane…).</translation>
    </message>
    <message>
        <source>ShipDesk can&apos;t tell yet whether the label was bought; nothing more will be bought for this order until it can check. Scan it again when the connection is back.</source>
        <translation>ShipDesk ne sait pas encore si l&apos;étiquette a été achetée ; rien de plus ne sera acheté pour cette commande avant vérification. Scannez-la à nouveau quand la connexion est revenue.</translation>
    </message>
    <message>
        <source>ShipStation confirms no label was bought; you can scan it again.</source>
        <translation>ShipStation confirme qu&apos;aucune étiquette n&apos;a été achetée ; vous pouvez la scanner à nouveau.</translation>
    </message>
    <message>
        <source>ShipStation can&apos;t be reached: nothing was bought. Scan it again when the connection is back.</source>
        <translation>ShipStation est injoignable : rien n&apos;a été acheté. Scannez-la à nouveau quand la connexion est revenue.</translation>
    </message>
    <message>
        <source>Scan to ship</source>
        <translation>Scanner pour expédier</translation>
    </message>
    <message>
        <source>something went wrong: see the message at the top. Nothing more will be bought for it without a new scan.</source>
        <translation>un problème est survenu : voyez le message en haut. Rien de plus ne sera acheté sans nouveau scan.</translation>
    </message>
</context>
<context>
    <name>ScanToVerify</name>
    <message>
        <source>Pack check</source>
        <translation>Contrôle du colis</translation>
    </message>
    <message>
        <source>Scanned %1: scan the order first, then its items.</source>
        <translation>Scanné %1 : scannez d&apos;abord la commande, puis ses articles.</translation>
    </message>
    <message>
        <source>Wrong item: %1 is not in order %2.</source>
        <translation>Mauvais article : %1 n&apos;est pas dans la commande %2.</translation>
    </message>
    <message>
        <source>Scanned %1: this item is not in order %2. Take it out of the parcel.</source>
        <translation>Scanné %1 : cet article n&apos;est pas dans la commande %2. Retirez-le du colis.</translation>
    </message>
    <message>
        <source>One %1 too many.</source>
        <translation>Un %1 de trop.</translation>
    </message>
    <message>
        <source>Scanned %1: order %2 has only %3 of it, all already scanned. Take the extra one out.</source>
        <translation>Scanné %1 : la commande %2 n&apos;en a que %3, tous déjà scannés. Retirez celui en trop.</translation>
    </message>
    <message>
        <source>Scan an order to check its items.</source>
        <translation>Scannez une commande pour contrôler ses articles.</translation>
    </message>
    <message>
        <source>Reading the order&apos;s items failed: %1</source>
        <translation>La lecture des articles de la commande a échoué : %1</translation>
    </message>
    <message>
        <source>Manager override</source>
        <translation>Dérogation du responsable</translation>
    </message>
    <message>
        <source>Order %1&apos;s pack does not match (%2). Who lets it ship anyway? Your name is recorded with the time.</source>
        <translation>Le colis de la commande %1 ne correspond pas (%2). Qui autorise quand même l&apos;expédition ? Votre nom est enregistré avec l&apos;heure.</translation>
    </message>
    <message>
        <source>Order %1: the pack matches. The label can be bought.</source>
        <translation>Commande %1 : le colis correspond. L&apos;étiquette peut être achetée.</translation>
    </message>
    <message>
        <source>Order %1: shipped on the override of %2.</source>
        <translation>Commande %1 : expédiée sur dérogation de %2.</translation>
    </message>
    <message>
        <source>Recording the pack check</source>
        <translation>Enregistrement du contrôle du colis</translation>
    </message>
    <message>
        <source>Order %1: %2 item(s) still to scan.</source>
        <translation>Commande %1 : %2 article(s) encore à scanner.</translation>
    </message>
</context>
<context>
    <name>ScannerSelfTest</name>
    <message>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <source>Small letters</source>
        <translation>Minuscules</translation>
    </message>
    <message>
        <source>Scan-to-view code (^ # ^)</source>
        <translation>Code « scan to view » (^ # ^)</translation>
    </message>
    <message>
        <source>Order number with a dash</source>
        <translation>Numéro de commande avec un tiret</translation>
    </message>
    <message>
        <source>Product barcode (UPC-A)</source>
        <translation>Code-barres produit (UPC-A)</translation>
    </message>
    <message>
        <source>Tracking number (UPS)</source>
        <translation>Numéro de suivi (UPS)</translation>
    </message>
    <message>
        <source>Arrived exactly as printed.</source>
        <translation>Arrivé exactement comme imprimé.</translation>
    </message>
    <message>
        <source>The scanner types as if the keyboard were %1, but this computer uses %2: set the scanner to %2 (see its manual&apos;s keyboard country barcodes), or set this computer&apos;s keyboard layout to %1.</source>
        <translation>Le lecteur tape comme si le clavier était %1, mais cet ordinateur utilise %2 : réglez le lecteur sur %2 (voir les codes-barres de pays de clavier de son manuel), ou réglez la disposition de clavier de cet ordinateur sur %1.</translation>
    </message>
    <message>
        <source>It could also be a scanner typing %1 on a computer using %2: scan the other test codes to tell them apart.</source>
        <translation>Ce pourrait aussi être un lecteur tapant en %1 sur un ordinateur en %2 : scannez les autres codes de test pour les distinguer.</translation>
    </message>
    <message>
        <source>Capital and small letters are swapped: Caps Lock is on (on this computer, or set in the scanner).</source>
        <translation>Majuscules et minuscules sont inversées : le verrouillage des majuscules est activé (sur cet ordinateur, ou réglé dans le lecteur).</translation>
    </message>
    <message>
        <source>This computer&apos;s layout has ^ as a dead key, and it combined ^ with the next character. ShipDesk reads around it, but set the scanner to send a space after ^, or use a layout without dead keys.</source>
        <translation>La disposition de cet ordinateur fait de ^ une touche morte, qui s’est combinée avec le caractère suivant. ShipDesk sait le lire, mais réglez le lecteur pour qu’il envoie une espace après ^, ou utilisez une disposition sans touches mortes.</translation>
    </message>
    <message>
        <source>The ^ characters were lost: ^ is a dead key on this computer&apos;s layout. Set the scanner to send a space after ^, or use a layout without dead keys.</source>
        <translation>Les caractères ^ ont été perdus : ^ est une touche morte sur la disposition de cet ordinateur. Réglez le lecteur pour qu’il envoie une espace après ^, ou utilisez une disposition sans touches mortes.</translation>
    </message>
    <message>
        <source>%1 of %2 characters were lost on the way: the scanner types faster than this computer takes keys. Set a character delay in the scanner.</source>
        <translation>%1 caractères sur %2 se sont perdus en route : le lecteur tape plus vite que cet ordinateur ne lit les touches. Réglez un délai entre caractères dans le lecteur.</translation>
    </message>
    <message>
        <source>Arrived differently: printed %1, arrived %2.</source>
        <translation>Arrivé différemment : imprimé %1, arrivé %2.</translation>
    </message>
    <message>
        <source>This is not one of the test codes (arrived: %1).</source>
        <translation>Ce n’est pas l’un des codes de test (arrivé : %1).</translation>
    </message>
    <message>
        <source>Some keys came %1 ms apart, close to the limit of %2 ms: raise the limit a little.</source>
        <translation>Certaines touches sont arrivées à %1 ms d’intervalle, près de la limite de %2 ms : relevez un peu la limite.</translation>
    </message>
    <message>
        <source>The scan ended without Enter or Tab. Set the scanner to end each scan with Enter, or choose &quot;no terminator&quot; below.</source>
        <translation>Le scan s’est terminé sans Entrée ni Tab. Réglez le lecteur pour qu’il termine chaque scan par Entrée, ou choisissez « sans fin de scan » ci-dessous.</translation>
    </message>
    <message>
        <source>%1 characters came fast, then a pause of %2 ms: the scanner stalled or sent no Enter or Tab, so it went into the text field as typing. Set the scanner to end scans with Enter, or raise the time between keys above %3 ms.</source>
        <translation>%1 caractères sont arrivés vite, puis une pause de %2 ms : le lecteur a calé ou n’a envoyé ni Entrée ni Tab, et le texte est allé dans le champ comme une saisie. Réglez le lecteur pour qu’il termine les scans par Entrée, ou relevez le temps entre touches au-delà de %3 ms.</translation>
    </message>
    <message>
        <source>Keys came up to %1 ms apart, slower than the limit of %2 ms, so this went into the field as typing. If it was the scanner, raise the limit to about %3 ms.</source>
        <translation>Les touches sont arrivées jusqu’à %1 ms d’intervalle, plus lentement que la limite de %2 ms : c’est allé dans le champ comme une saisie. Si c’était le lecteur, relevez la limite à environ %3 ms.</translation>
    </message>
    <message>
        <source>Ended with Enter; slowest gap between keys %1 ms (limit %2 ms).</source>
        <translation>Terminé par Entrée ; plus long intervalle entre touches %1 ms (limite %2 ms).</translation>
    </message>
    <message>
        <source>Ended with Tab; slowest gap between keys %1 ms (limit %2 ms).</source>
        <translation>Terminé par Tab ; plus long intervalle entre touches %1 ms (limite %2 ms).</translation>
    </message>
    <message>
        <source>Ended with the suffix; slowest gap between keys %1 ms (limit %2 ms).</source>
        <translation>Terminé par le suffixe ; plus long intervalle entre touches %1 ms (limite %2 ms).</translation>
    </message>
    <message>
        <source>Ended by a pause; slowest gap between keys %1 ms (limit %2 ms).</source>
        <translation>Terminé par une pause ; plus long intervalle entre touches %1 ms (limite %2 ms).</translation>
    </message>
</context>
<context>
    <name>ScannerSheet</name>
    <message>
        <source>Scanner command sheet</source>
        <translation>Feuille de commandes du lecteur</translation>
    </message>
    <message>
        <source>The sheet has a barcode for each scanner command, and the codes for the scanner self-test.</source>
        <translation>La feuille porte un code-barres par commande du lecteur, et les codes de l’autotest du lecteur.</translation>
    </message>
    <message>
        <source>Print on %1</source>
        <translation>Imprimer sur %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>ShipDesk scanner command sheet</source>
        <translation>Feuille de commandes du lecteur ShipDesk</translation>
    </message>
    <message>
        <source>ShipDesk scanner commands</source>
        <translation>Commandes du lecteur ShipDesk</translation>
    </message>
    <message>
        <source>Scan a barcode to give the command. They read the same on any keyboard layout.</source>
        <translation>Scannez un code-barres pour donner la commande. Ils se lisent de la même façon avec toute disposition de clavier.</translation>
    </message>
    <message>
        <source>Scanner self-test</source>
        <translation>Autotest du lecteur</translation>
    </message>
    <message>
        <source>Open Settings → Scanner self-test and scan each code: ShipDesk shows what arrived.</source>
        <translation>Ouvrez Paramètres → Autotest du lecteur et scannez chaque code : ShipDesk montre ce qui est arrivé.</translation>
    </message>
    <message>
        <source>Scanner command sheet sent to %1.</source>
        <translation>Feuille de commandes du lecteur envoyée à %1.</translation>
    </message>
    <message>
        <source>Printing the scanner command sheet</source>
        <translation>Impression de la feuille de commandes du lecteur</translation>
    </message>
    <message>
        <source>Scanner command sheet saved as %1.</source>
        <translation>Feuille de commandes du lecteur enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Saving the scanner command sheet</source>
        <translation>Enregistrement de la feuille de commandes du lecteur</translation>
    </message>
    <message>
        <source>Save the scanner command sheet</source>
        <translation>Enregistrer la feuille de commandes du lecteur</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ScannerTestDialog</name>
    <message>
        <source>Scanner self-test</source>
        <translation>Autotest du lecteur</translation>
    </message>
    <message>
        <source>Scan each code in the self-test block of the scanner command sheet (File → Print scanner command sheet…). ShipDesk shows what arrived and what to change.</source>
        <translation>Scannez chaque code du bloc d’autotest de la feuille de commandes du lecteur (Fichier → Imprimer la feuille de commandes du lecteur…). ShipDesk montre ce qui est arrivé et ce qu’il faut changer.</translation>
    </message>
    <message>
        <source>Test code</source>
        <translation>Code de test</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Time between keys</source>
        <translation>Temps entre touches</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>pas encore scanné</translation>
    </message>
    <message>
        <source>Read scans through this layout mismatch</source>
        <translation>Lire les scans malgré cette différence de disposition</translation>
    </message>
    <message>
        <source>Until the scanner or this computer is set right, ShipDesk undoes the mismatch for order numbers, SKUs and product codes.</source>
        <translation>Tant que le lecteur ou cet ordinateur n’est pas bien réglé, ShipDesk corrige la différence pour les numéros de commande, les SKU et les codes produit.</translation>
    </message>
    <message>
        <source>Scans too slow to be recognised land here as typing</source>
        <translation>Les scans trop lents pour être reconnus arrivent ici comme une saisie</translation>
    </message>
    <message>
        <source>Sounds: %1</source>
        <translation>Sons : %1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>no terminator (a pause ends the scan)</source>
        <translation>sans fin de scan (une pause termine le scan)</translation>
    </message>
    <message>
        <source>Play sounds for good scans and errors</source>
        <translation>Jouer un son pour les bons scans et les erreurs</translation>
    </message>
    <message>
        <source>Longest time between two keys of a scan</source>
        <translation>Temps maximal entre deux touches d’un scan</translation>
    </message>
    <message>
        <source>Shortest scan (characters)</source>
        <translation>Scan le plus court (caractères)</translation>
    </message>
    <message>
        <source>A scan ends with</source>
        <translation>Un scan se termine par</translation>
    </message>
    <message>
        <source>Prefix the scanner adds</source>
        <translation>Préfixe ajouté par le lecteur</translation>
    </message>
    <message>
        <source>Suffix the scanner adds</source>
        <translation>Suffixe ajouté par le lecteur</translation>
    </message>
    <message>
        <source>(not a test code)</source>
        <translation>(pas un code de test)</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>suffixe</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>%1 ms, then %2</source>
        <translation>%1 ms, puis %2</translation>
    </message>
    <message>
        <source>too slow: typed</source>
        <translation>trop lent : saisi</translation>
    </message>
    <message>
        <source>Saving the scanner settings</source>
        <translation>Enregistrement des réglages du lecteur</translation>
    </message>
    <message>
        <source>Saved. The new limits apply to the next scan.</source>
        <translation>Enregistré. Les nouvelles limites s’appliquent dès le prochain scan.</translation>
    </message>
</context>
<context>
    <name>ShipmentForm</name>
    <message>
        <source>Shipment</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Adresse résidentielle</translation>
    </message>
    <message>
        <source>Ship to &amp;city:</source>
        <translation>&amp;Ville de destination&#xa0;:</translation>
    </message>
    <message>
        <source>State, &amp;postal code, country:</source>
        <translation>État, code postal, pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>oz</source>
        <translation>oz</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#xa0;:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>&amp;Size (L × W × H):</source>
        <translation>&amp;Dimensions (L × l × H)&#xa0;:</translation>
    </message>
    <message>
        <source>No confirmation</source>
        <translation>Sans confirmation</translation>
    </message>
    <message>
        <source>Delivery confirmation</source>
        <translation>Confirmation de livraison</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Adult signature</source>
        <translation>Signature d&apos;un adulte</translation>
    </message>
    <message>
        <source>Direct signature (FedEx)</source>
        <translation>Signature directe (FedEx)</translation>
    </message>
    <message>
        <source>Insure when buying the label</source>
        <translation>Assurer à l&apos;achat de l&apos;étiquette</translation>
    </message>
    <message>
        <source>P&amp;ackage:</source>
        <translation>&amp;Emballage&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>Co&amp;nfirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Ship &amp;from:</source>
        <translation>E&amp;xpédier depuis&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (any carrier)</source>
        <translation>%1 (tout transporteur)</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support report</source>
        <translation>Rapport pour le support</translation>
    </message>
    <message>
        <source>The last failed ShipStation calls, with keys and secrets removed. Copy it into your message to ShipStation API support.</source>
        <translation>Les derniers appels ShipStation en échec, sans les clés ni les secrets. Copiez ce rapport dans votre message au support de l&apos;API ShipStation.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s&apos;est produite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Help → Support report has the details for ShipStation.</source>
        <translation>Aide → Rapport pour le support contient les détails pour ShipStation.</translation>
    </message>
    <message>
        <source>Offline: ShipStation cannot be reached. The orders on screen are from the local cache; ShipDesk keeps trying and will sync by itself.</source>
        <translation>Hors ligne&#xa0;: ShipStation est injoignable. Les commandes affichées viennent du cache local&#xa0;; ShipDesk réessaie et se synchronisera tout seul.</translation>
    </message>
</context>
<context>
    <name>VoidAndReturn</name>
    <message>
        <source>unknown carrier</source>
        <translation>transporteur inconnu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Carrier: %1
Tracking: %2
Cost: %3
Order: %4</source>
        <translation>Transporteur&#xa0;: %1
Suivi&#xa0;: %2
Coût&#xa0;: %3
Commande&#xa0;: %4</translation>
    </message>
    <message>
        <source>Void this label?</source>
        <translation>Annuler cette étiquette&#xa0;?</translation>
    </message>
    <message>
        <source>ShipStation asks the carrier to refund the postage. A voided label must not go on a parcel; the order can then be shipped with a new label.</source>
        <translation>ShipStation demande au transporteur de rembourser l&apos;affranchissement. Une étiquette annulée ne doit pas être collée sur un colis ; la commande pourra ensuite partir avec une nouvelle étiquette.</translation>
    </message>
    <message>
        <source>Void label</source>
        <translation>Annuler l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;Void label</source>
        <translation>&amp;Annuler l&apos;étiquette</translation>
    </message>
    <message>
        <source>Voiding a label</source>
        <translation>Annulation d&apos;une étiquette</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>ShipStation voided label %1. Its answer: “%2”</source>
        <translation>ShipStation a annulé l&apos;étiquette %1. Sa réponse&#xa0;: « %2 »</translation>
    </message>
    <message>
        <source>ShipStation says label %1 was already voided. Its answer: “%2”</source>
        <translation>ShipStation indique que l&apos;étiquette %1 était déjà annulée. Sa réponse&#xa0;: « %2 »</translation>
    </message>
    <message>
        <source>ShipStation did not void label %1. Its answer: “%2”</source>
        <translation>ShipStation n&apos;a pas annulé l&apos;étiquette %1. Sa réponse&#xa0;: « %2 »</translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <translation>(motif&#xa0;: %1)</translation>
    </message>
    <message>
        <source>ShipDesk prints it on the label printer as soon as it is bought.</source>
        <translation>ShipDesk l&apos;imprime sur l&apos;imprimante d&apos;étiquettes dès qu&apos;elle est achetée.</translation>
    </message>
    <message>
        <source>Print it from this list when you need it.</source>
        <translation>Imprimez-la depuis cette liste quand vous en avez besoin.</translation>
    </message>
    <message>
        <source>Buy a return label for this label?</source>
        <translation>Acheter une étiquette de retour pour cette étiquette&#xa0;?</translation>
    </message>
    <message>
        <source>A return label may cost money: ShipStation charges it to the carrier account (some carriers only when the customer uses it).</source>
        <translation>Une étiquette de retour peut être payante&#xa0;: ShipStation la facture sur le compte transporteur (certains transporteurs seulement si le client l&apos;utilise).</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Étiquette de retour</translation>
    </message>
    <message>
        <source>&amp;Buy return label</source>
        <translation>&amp;Acheter l&apos;étiquette de retour</translation>
    </message>
    <message>
        <source>Buying a return label</source>
        <translation>Achat d&apos;une étiquette de retour</translation>
    </message>
    <message>
        <source>Return label bought for %1: tracking %2, cost %3.</source>
        <translation>Étiquette de retour achetée pour %1&#xa0;: suivi %2, coût %3.</translation>
    </message>
    <message>
        <source>It is in the print queue.</source>
        <translation>Elle est dans la file d&apos;impression.</translation>
    </message>
    <message>
        <source>It was not printed: %1</source>
        <translation>Elle n&apos;a pas été imprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Label %1 already has a return label (%2). Buy another one?</source>
        <translation>L&apos;étiquette %1 a déjà une étiquette de retour (%2). En acheter une autre&#xa0;?</translation>
    </message>
    <message>
        <source>Buy &amp;another</source>
        <translation>En acheter une &amp;autre</translation>
    </message>
</context>
<context>
    <name>Weight</name>
    <message>
        <source>%1 lb</source>
        <translation>%1 lb</translation>
    </message>
    <message>
        <source>%1 oz</source>
        <translation>%1 oz</translation>
    </message>
</context>
</TS>
