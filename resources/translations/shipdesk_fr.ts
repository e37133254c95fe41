<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>OrdersTab</name>
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
    <message>
        <source>Reading the order cache</source>
        <translation>Lecture du cache des commandes</translation>
    </message>
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
    <message>
        <source>%1 of %2 orders</source>
        <translation>Commandes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Reading the order</source>
        <translation>Lecture de la commande</translation>
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
