<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>iomdesk: unexpected error</source>
        <translation>iomdesk&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside iomdesk ({error}).

iomdesk goes on working; the details were written to the terminal.</source>
        <translation>Un problème est survenu dans iomdesk ({error}).

iomdesk continue de fonctionner&#xa0;; les détails ont été écrits dans le terminal.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>To see them all: {command}</source>
        <translation>Pour les voir tous&#xa0;: {command}</translation>
    </message>
    <message>
        <source>iomdesk cannot open its data</source>
        <translation>iomdesk ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
</context>
<context>
    <name>citation</name>
    <message>
        <source>{election}: {winner} was elected.</source>
        <translation>{election}&#xa0;: {winner} a été élu·e.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>{name} has been {role} of {organisation} since {start}.</source>
        <translation>{name} est {role} de l’{organisation} depuis le {start}.</translation>
    </message>
    <message>
        <source>{name} was {role} of {organisation} from {start} to {end}.</source>
        <translation>{name} a été {role} de l’{organisation} du {start} au {end}.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>present</source>
        <translation>en fonction</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vainqueur</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date de</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>{column} (ISO 8601)</source>
        <translation>{column} (ISO 8601)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Present since</source>
        <translation>Présente depuis</translation>
    </message>
    <message>
        <source>Chief of mission</source>
        <translation>Chef de mission</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>Copy e-mail</source>
        <translation>Copier l’adresse électronique</translation>
    </message>
    <message>
        <source>Copy as &quot;Name &lt;e-mail&gt;&quot;</source>
        <translation>Copier au format «&#xa0;Nom &lt;courriel&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Écrire un courriel</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <source>Copy the selected addresses (Ctrl+C)</source>
        <translation>Copier les adresses sélectionnées (Ctrl+C)</translation>
    </message>
    <message>
        <source>{shown} of {total} shown, all under {unit}</source>
        <translation>Affichage&#xa0;: {shown} sur {total}, tous sous {unit}</translation>
    </message>
    <message>
        <source>{shown} of {total} shown: {own} for {unit} and {under} under it</source>
        <translation>Affichage&#xa0;: {shown} sur {total}&#xa0;; {own} pour {unit} et {under} en dessous</translation>
    </message>
    <message>
        <source>No e-mail address in the selection</source>
        <translation>Aucune adresse électronique dans la sélection</translation>
    </message>
    <message>
        <source>Copied 1 address</source>
        <translation>1 adresse copiée</translation>
    </message>
    <message>
        <source>Copied {count} addresses</source>
        <translation>{count} adresses copiées</translation>
    </message>
    <message>
        <source>No e-mail address or telephone in the selection</source>
        <translation>Aucune adresse électronique ni aucun téléphone dans la sélection</translation>
    </message>
    <message>
        <source>Copied 1 telephone number</source>
        <translation>1 numéro de téléphone copié</translation>
    </message>
    <message>
        <source>Copied {count} telephone numbers</source>
        <translation>{count} numéros de téléphone copiés</translation>
    </message>
    <message>
        <source>Opened the mail client for {addresses}</source>
        <translation>Client de messagerie ouvert pour {addresses}</translation>
    </message>
    <message>
        <source>No mail client answered and the clipboard is not available</source>
        <translation>Aucun client de messagerie n’a répondu et le presse-papiers n’est pas disponible</translation>
    </message>
    <message>
        <source>No mail client answered; copied the address instead</source>
        <translation>Aucun client de messagerie n’a répondu&#xa0;; l’adresse a été copiée à la place</translation>
    </message>
    <message>
        <source>No mail client answered; copied the addresses instead</source>
        <translation>Aucun client de messagerie n’a répondu&#xa0;; les adresses ont été copiées à la place</translation>
    </message>
    <message>
        <source>Go to its unit in Structure</source>
        <translation>Aller à son unité dans Structure</translation>
    </message>
    <message>
        <source>Go to its country</source>
        <translation>Aller à son pays</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Not found in the stored sources</source>
        <translation>Introuvable dans les sources conservées</translation>
    </message>
    <message>
        <source>year not found</source>
        <translation>année introuvable</translation>
    </message>
    <message>
        <source>{office} (to {year})</source>
        <translation>{office} (jusqu&apos;en {year})</translation>
    </message>
    <message>
        <source>{name} ({date})</source>
        <translation>{name} ({date})</translation>
    </message>
    <message>
        <source>Members named: {members} of {total} (year of joining for {years}); observers: {observers}; offices: {offices}; with an address: {address}, a telephone: {phone}, an e-mail: {email}; chiefs of mission named in 2023 or later: {recent} (older: {older})</source>
        <translation>Membres nommés : {members} sur {total} (année d&apos;adhésion pour {years}) ; observateurs : {observers} ; bureaux : {offices} ; avec une adresse : {address}, un téléphone : {phone}, un courriel : {email} ; chefs de mission nommés en 2023 ou après : {recent} (plus anciens : {older})</translation>
    </message>
    <message>
        <source>{kind} (the year of joining was not found)</source>
        <translation>{kind} (l’année d’adhésion est introuvable)</translation>
    </message>
    <message>
        <source>{kind} from {start} to {end}</source>
        <translation>{kind} de {start} à {end}</translation>
    </message>
    <message>
        <source>{kind} since {start}</source>
        <translation>{kind} depuis {start}</translation>
    </message>
    <message>
        <source>{session} Council</source>
        <translation>Conseil ({session})</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir de {start}</translation>
    </message>
    <message>
        <source>present since {year}</source>
        <translation>présente depuis {year}</translation>
    </message>
    <message>
        <source>Sub-offices: {names}</source>
        <translation>Sous-bureaux : {names}</translation>
    </message>
    <message>
        <source>{name}, {role} (named in post: {date})</source>
        <translation>{name}, {role} (cité en poste : {date})</translation>
    </message>
    <message>
        <source>Go to its regional office</source>
        <translation>Aller à son bureau régional</translation>
    </message>
    <message>
        <source>{country}: its IOM membership is not found in the stored sources.</source>
        <translation>{country}&#xa0;: son adhésion à l’OIM est introuvable dans les sources conservées.</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis {date}</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decade of joining</source>
        <translation>Décennie d&apos;adhésion</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <source>member, year not found</source>
        <translation>membre, année introuvable</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <translation>années {decade}</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Sources checked to</source>
        <translation>Sources vérifiées jusqu’à</translation>
    </message>
    <message>
        <source>It is newer than the data this version ships ({release}).</source>
        <translation>Il est plus récent que les données livrées avec cette version ({release}).</translation>
    </message>
    <message>
        <source>It is not newer than {name} ({release}) in the data folder: it can be opened for now, but a start would not choose it.</source>
        <translation>Il n’est pas plus récent que {name} ({release}) dans le dossier de données : il peut être ouvert pour cette fois, mais un démarrage ne le choisirait pas.</translation>
    </message>
    <message>
        <source>It is not newer than the data this version ships ({release}): it can be opened for now, but a start would not choose it.</source>
        <translation>Il n’est pas plus récent que les données livrées avec cette version ({release})&#xa0;: il peut être ouvert pour cette fois, mais un démarrage ne le choisirait pas.</translation>
    </message>
    <message>
        <source>the file given on the command line (--db)</source>
        <translation>le fichier indiqué en ligne de commande (--db)</translation>
    </message>
    <message>
        <source>a data pack from the data folder</source>
        <translation>un paquet de données du dossier de données</translation>
    </message>
    <message>
        <source>the data this version of iomdesk ships</source>
        <translation>les données livrées avec cette version d’iomdesk</translation>
    </message>
    <message>
        <source>a file opened with File &gt; Open data file</source>
        <translation>un fichier ouvert par Fichier &gt; Ouvrir un fichier de données</translation>
    </message>
    <message>
        <source>{count} documents ({seeds} seed documents, {public} public)</source>
        <translation>{count} documents ({seeds} documents de départ, {public} publics)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Newer data comes as a data pack, one .sqlite file: drop it on the window, open it with File &gt; Open data file, or copy it into the data folder. At start iomdesk uses the newest pack that passes every check, else the data it ships.</source>
        <translation>Les données plus récentes se présentent en paquet de données, un fichier .sqlite&#xa0;: déposez-le sur la fenêtre, ouvrez-le par Fichier &gt; Ouvrir un fichier de données, ou copiez-le dans le dossier de données. Au démarrage, iomdesk utilise le paquet le plus récent qui passe tous les contrôles, sinon les données qu’il livre.</translation>
    </message>
    <message>
        <source>The data in use is the data this version ships ({release}).</source>
        <translation>Les données en service sont celles livrées avec cette version ({release}).</translation>
    </message>
    <message>
        <source>The data in use could not be compared with the data this version ships: {reason}</source>
        <translation>Les données utilisées n’ont pas pu être comparées aux données livrées avec cette version : {reason}</translation>
    </message>
    <message>
        <source>The data in use ({release}) has the same rows as the data this version ships ({shipped}).</source>
        <translation>Les données utilisées ({release}) ont les mêmes lignes que les données livrées avec cette version ({shipped}).</translation>
    </message>
    <message>
        <source>From the data this version ships ({shipped}) to the data in use ({release}):</source>
        <translation>Des données livrées avec cette version ({shipped}) aux données en service ({release})&#xa0;:</translation>
    </message>
    <message>
        <source>Sources and other tables</source>
        <translation>Sources et autres tables</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>New in {release}</source>
        <translation>Nouveau dans {release}</translation>
    </message>
    <message>
        <source>Changed in {release}: {fields}</source>
        <translation>Modifié dans {release}&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
        <source>iomdesk data (*.sqlite);;All files (*)</source>
        <translation>Données iomdesk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Use from now on</source>
        <translation>&amp;Utiliser désormais</translation>
    </message>
    <message>
        <source>It could not be copied into {folder}: {error}</source>
        <translation>Impossible de le copier dans {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>A start will use {name} instead: it is newer.</source>
        <translation>Un démarrage utilisera plutôt {name} : il est plus récent.</translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} ne peut pas être utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>One file at a time: {name} is offered, not the others dropped with it.</source>
        <translation>Un fichier à la fois : {name} est proposé, pas les autres déposés avec lui.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Open data &amp;file…</source>
        <translation>Ouvrir un &amp;fichier de données…</translation>
    </message>
    <message>
        <source>Use the &amp;shipped data</source>
        <translation>Utiliser les données &amp;livrées</translation>
    </message>
    <message>
        <source>Could not note the choice in {folder}: {error}</source>
        <translation>Impossible de noter ce choix dans {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>What is new in the data</source>
        <translation>Nouveautés dans les données</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blancs</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Data as of:</source>
        <translation>État des données&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>No round-by-round results were found in the sources.</source>
        <translation>Aucun résultat tour par tour n’a été trouvé dans les sources.</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Position then</source>
        <translation>Fonction à l’époque</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Two-thirds</source>
        <translation>Deux tiers</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>incumbent</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>present</source>
        <translation>en fonction</translation>
    </message>
    <message>
        <source>seed document</source>
        <translation>document de départ</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>the year of birth</source>
        <translation>l’année de naissance</translation>
    </message>
    <message>
        <source>the year of death</source>
        <translation>l’année de décès</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>the post</source>
        <translation>la fonction</translation>
    </message>
    <message>
        <source>the figure</source>
        <translation>le chiffre</translation>
    </message>
    <message>
        <source>the member states</source>
        <translation>les États membres</translation>
    </message>
    <message>
        <source>{value} according to {sources}</source>
        <translation>{value} selon {sources}</translation>
    </message>
    <message>
        <source>Sources disagree on {field}:</source>
        <translation>Les sources divergent sur {field}&#xa0;:</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>present (in office)</source>
        <translation>à ce jour (en fonction)</translation>
    </message>
    <message>
        <source>Years in office</source>
        <translation>Années en fonction</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Came to office</source>
        <translation>Arrivée en fonction</translation>
    </message>
    <message>
        <source>Organisation then</source>
        <translation>Organisation à l’époque</translation>
    </message>
    <message>
        <source>Also served as</source>
        <translation>A aussi été</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Naissance – décès</translation>
    </message>
    <message>
        <source>{round}: {outcome}</source>
        <translation>{round}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>États membres</translation>
    </message>
    <message>
        <source>Voting states</source>
        <translation>États votants</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue du scrutin</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Vainqueur</translation>
    </message>
    <message>
        <source>Took office</source>
        <translation>Entrée en fonction</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copier</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Tél.</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Countries covered ({period}): {count}</source>
        <translation>Pays couverts ({period}) : {count}</translation>
    </message>
    <message>
        <source>Countries whose pages name this office: {count}</source>
        <translation>Pays dont les pages citent ce bureau : {count}</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unités</translation>
    </message>
    <message>
        <source>{name}, {role} (named in post: {date})</source>
        <translation>{name}, {role} (cité en poste : {date})</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Source dated</source>
        <translation>Source datée du</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Newest source</source>
        <translation>Source la plus récente</translation>
    </message>
    <message>
        <source>Compiled</source>
        <translation>Compilé</translation>
    </message>
    <message>
        <source>An offline reference about the International Organization for Migration: its leaders since 1951, how they were elected, its structure, whom to write to, its milestones and figures over time, and the countries: which belong, and where IOM has an office in each.</source>
        <translation>Une référence hors ligne sur l’Organisation internationale pour les migrations&#xa0;: ses dirigeants depuis 1951, leur élection, sa structure, à qui écrire, ses jalons et ses chiffres au fil du temps, et les pays&#xa0;: lesquels en sont membres, et où l’OIM a un bureau dans chacun.</translation>
    </message>
    <message>
        <source>The data is read-only and ships inside the app. Descriptions are our own words; each fact names the documents it comes from.</source>
        <translation>Les données sont en lecture seule et fournies avec l’application. Les descriptions sont rédigées par nos soins&#xa0;; chaque fait cite les documents dont il provient.</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>ISO 3166</source>
        <translation>ISO 3166</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Relève de</translation>
    </message>
    <message>
        <source>Chief of mission</source>
        <translation>Chef de mission</translation>
    </message>
    <message>
        <source>Open source in the browser</source>
        <translation>Ouvrir la source dans le navigateur</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Écrire un courriel</translation>
    </message>
    <message>
        <source>Go to this row</source>
        <translation>Aller à cette ligne</translation>
    </message>
</context>
<context>
    <name>everywhere</name>
    <message>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Search every tab… (names, units, e-mails, years)</source>
        <translation>Rechercher dans tous les onglets… (noms, unités, courriels, années)</translation>
    </message>
    <message>
        <source>Results from every tab</source>
        <translation>Résultats de tous les onglets</translation>
    </message>
    <message>
        <source>{tab} ({count})</source>
        <translation>{tab} ({count})</translation>
    </message>
    <message>
        <source>No matches for &apos;{text}&apos;</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Enter: go to it · Ctrl+C: copy · Esc: close</source>
        <translation>Entrée&#xa0;: y aller · Ctrl+C&#xa0;: copier · Échap&#xa0;: fermer</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Étoilées</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Vues récemment</translation>
    </message>
    <message>
        <source>no longer in the data</source>
        <translation>n’est plus dans les données</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>area</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>department</source>
        <translation>département</translation>
    </message>
    <message>
        <source>division</source>
        <translation>division</translation>
    </message>
    <message>
        <source>workstream</source>
        <translation>axe de travail</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>bureau régional</translation>
    </message>
    <message>
        <source>sub-regional office</source>
        <translation>bureau sous-régional</translation>
    </message>
    <message>
        <source>global office</source>
        <translation>bureau mondial</translation>
    </message>
    <message>
        <source>COPA</source>
        <translation>COPA</translation>
    </message>
    <message>
        <source>administrative centre</source>
        <translation>centre administratif</translation>
    </message>
    <message>
        <source>country offices</source>
        <translation>bureaux de pays</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <source>present</source>
        <translation>en fonction</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>{name} eliminated</source>
        <translation>{name} (élimination)</translation>
    </message>
    <message>
        <source>{name} withdrew</source>
        <translation>{name} (retrait)</translation>
    </message>
    <message>
        <source>No result recorded</source>
        <translation>Aucun résultat enregistré</translation>
    </message>
    <message>
        <source>Leadership timeline</source>
        <translation>Chronologie de la direction</translation>
    </message>
    <message>
        <source>Heads of the organisation in order:</source>
        <translation>Dirigeants de l’Organisation, dans l’ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Adjoints</translation>
    </message>
    <message>
        <source>pale end: dates not confirmed</source>
        <translation>extrémité pâle&#xa0;: dates non confirmées</translation>
    </message>
    <message>
        <source>not drawn, no start date: {names}</source>
        <translation>non placés, sans date de début&#xa0;: {names}</translation>
    </message>
    <message>
        <source>No round-by-round results were found in the sources.</source>
        <translation>Aucun résultat tour par tour n’a été trouvé dans les sources.</translation>
    </message>
    <message>
        <source>Votes per round</source>
        <translation>Voix par tour</translation>
    </message>
    <message>
        <source>Votes per round: {election}</source>
        <translation>Voix par tour&#xa0;: {election}</translation>
    </message>
    <message>
        <source> (two-thirds: {count})</source>
        <translation> (deux tiers&#xa0;: {count})</translation>
    </message>
    <message>
        <source>{round}: {votes}</source>
        <translation>{round}&#xa0;: {votes}</translation>
    </message>
    <message>
        <source>No figures published</source>
        <translation>Aucun chiffre publié</translation>
    </message>
    <message>
        <source>* two-thirds derived from the ballots cast</source>
        <translation>* deux tiers déduits du nombre de bulletins déposés</translation>
    </message>
    <message>
        <source>This picture could not be drawn; the details were written to the terminal.</source>
        <translation>Cette image n’a pas pu être dessinée&#xa0;; les détails ont été écrits dans le terminal.</translation>
    </message>
    <message>
        <source>History chart</source>
        <translation>Graphique de l’historique</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>{measure} over time: {values}.</source>
        <translation>{measure} au fil du temps&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>{count} milestones marked below.</source>
        <translation>{count} jalons marqués en dessous.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>approximate (hollow)</source>
        <translation>approximatif (creux)</translation>
    </message>
    <message>
        <source>dashed: no figure for over {years} years</source>
        <translation>pointillés&#xa0;: aucun chiffre pendant plus de {years} ans</translation>
    </message>
    <message>
        <source>not drawn, no date: {names}</source>
        <translation>non placés, sans date&#xa0;: {names}</translation>
    </message>
    <message>
        <source>No dated milestones or figures to draw.</source>
        <translation>Aucun jalon ni chiffre daté à représenter.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Carte du monde</translation>
    </message>
    <message>
        <source>The map&apos;s outlines could not be read.</source>
        <translation>Les contours de la carte n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>not found in the stored sources</source>
        <translation>introuvable dans les sources conservées</translation>
    </message>
    <message>
        <source>{count} in the list are too small for the map</source>
        <translation>{count} de la liste sont trop petits pour la carte</translation>
    </message>
    <message>
        <source>Not in the list: no stored source names it</source>
        <translation>Absent de la liste : aucune source conservée ne le cite</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>posts</name>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Director General</source>
        <translation>Directeur général</translation>
    </message>
    <message>
        <source>Deputy Director General</source>
        <translation>Directeur général adjoint</translation>
    </message>
    <message>
        <source>Deputy Director General for Operations</source>
        <translation>Directeur général adjoint chargé des opérations</translation>
    </message>
    <message>
        <source>Deputy Director General for Management and Reform</source>
        <translation>Directeur général adjoint chargé de la gestion et de la réforme</translation>
    </message>
    <message>
        <source>Deputy Director General for Management and Reform ad interim</source>
        <translation>Directeur général adjoint chargé de la gestion et de la réforme par intérim</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>({count} characters)</source>
        <translation>({count} caractères)</translation>
    </message>
    <message>
        <source>c. {date}</source>
        <translation>vers {date}</translation>
    </message>
    <message>
        <source>as of {year}</source>
        <translation>état {year}</translation>
    </message>
    <message>
        <source>{counts} — sources checked to {date}</source>
        <translation>{counts} — sources vérifiées jusqu’en {date}</translation>
    </message>
    <message>
        <source>data {release} from the data folder ({name})</source>
        <translation>données {release} du dossier de données ({name})</translation>
    </message>
    <message>
        <source>data {release} from {name}</source>
        <translation>données {release} de {name}</translation>
    </message>
    <message>
        <source>{name} not used: {reason}</source>
        <translation>{name} non utilisé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(et {count} autres)</translation>
    </message>
    <message>
        <source>data {release} from the data folder</source>
        <translation>données {release} du dossier de données</translation>
    </message>
    <message>
        <source>data {release}</source>
        <translation>données {release}</translation>
    </message>
    <message>
        <source>by {year}</source>
        <translation>{year} ou avant</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>{post} election, {date}</source>
        <translation>Élection au poste de {post}, {date}</translation>
    </message>
    <message>
        <source>{count} + acclamation</source>
        <translation>{count} + acclamation</translation>
    </message>
    <message>
        <source>acclamation</source>
        <translation>acclamation</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Acclamation</source>
        <translation>Acclamation</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Tour {number}</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>États membres</translation>
    </message>
    <message>
        <source>Observer states</source>
        <translation>États observateurs</translation>
    </message>
    <message>
        <source>Voting states</source>
        <translation>États votants</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Headquarters staff</source>
        <translation>Personnel du Siège</translation>
    </message>
    <message>
        <source>Headquarters posts cut</source>
        <translation>Postes supprimés au Siège</translation>
    </message>
    <message>
        <source>Staff affected by cuts</source>
        <translation>Personnel touché par les coupes</translation>
    </message>
    <message>
        <source>Field offices</source>
        <translation>Bureaux extérieurs</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translation>Bureaux régionaux</translation>
    </message>
    <message>
        <source>Countries with offices</source>
        <translation>Pays dotés de bureaux</translation>
    </message>
    <message>
        <source>Countries reached in crises</source>
        <translation>Pays atteints en situation de crise</translation>
    </message>
    <message>
        <source>People reached in crises</source>
        <translation>Personnes atteintes en situation de crise</translation>
    </message>
    <message>
        <source>People assisted</source>
        <translation>Personnes assistées</translation>
    </message>
    <message>
        <source>People benefiting each year</source>
        <translation>Bénéficiaires par an</translation>
    </message>
    <message>
        <source>Migrants worldwide</source>
        <translation>Migrants dans le monde</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Budget (USD)</translation>
    </message>
    <message>
        <source>Global appeal (USD)</source>
        <translation>Appel mondial (USD)</translation>
    </message>
    <message>
        <source>Crisis funding (USD)</source>
        <translation>Financement de crise (USD)</translation>
    </message>
    <message>
        <source>Donor funding cut (%)</source>
        <translation>Baisse des fonds des donateurs (%)</translation>
    </message>
    <message>
        <source>about {value}</source>
        <translation>environ {value}</translation>
    </message>
    <message>
        <source>{measure}: {value}</source>
        <translation>{measure}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Tree as of {tree} (notes to {newest}); sources checked to {checked}</source>
        <translation>Arbre à jour en {tree} (notes jusqu’en {newest}) ; sources vérifiées jusqu’en {checked}</translation>
    </message>
    <message>
        <source>Data as of {newest}; sources checked to {checked}</source>
        <translation>Données à jour en {newest} ; sources vérifiées jusqu’en {checked}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>elected</source>
        <translation>élu(e)</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>battu(e)</translation>
    </message>
    <message>
        <source>not elected</source>
        <translation>non élu(e)</translation>
    </message>
    <message>
        <source>eliminated</source>
        <translation>éliminé(e)</translation>
    </message>
    <message>
        <source>withdrew</source>
        <translation>retiré(e)</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Search in the current tab (selects the text)</source>
        <translation>Rechercher dans l’onglet actif (sélectionne le texte)</translation>
    </message>
    <message>
        <source>Search everywhere: every tab at once; Enter goes to the result</source>
        <translation>Rechercher partout&#xa0;: tous les onglets à la fois&#xa0;; Entrée mène au résultat</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Down or Enter</source>
        <translation>Bas ou Entrée</translation>
    </message>
    <message>
        <source>From the search field to the first match</source>
        <translation>Passer du champ de recherche au premier résultat</translation>
    </message>
    <message>
        <source>Copy: contacts&apos; e-mail addresses; table rows as tab-separated text; the unit&apos;s path in Structure; in the details pane, the text selected</source>
        <translation>Copier&#xa0;: les adresses électroniques des contacts&#xa0;; les lignes d’un tableau, séparées par des tabulations&#xa0;; le chemin de l’unité dans Structure&#xa0;; dans le volet des détails, le texte sélectionné</translation>
    </message>
    <message>
        <source>Select all shown rows (in the details pane, its text)</source>
        <translation>Sélectionner toutes les lignes affichées (dans le volet des détails, son texte)</translation>
    </message>
    <message>
        <source>Star the current row, or unstar it; starred rows come first in Ctrl+K</source>
        <translation>Mettre une étoile à la ligne courante, ou l’ôter&#xa0;; les lignes étoilées viennent en tête dans Ctrl+K</translation>
    </message>
    <message>
        <source>Show only the starred rows of the current tab, or all</source>
        <translation>N’afficher que les lignes étoilées de l’onglet courant, ou toutes</translation>
    </message>
    <message>
        <source>Copy the current row&apos;s link (iomdesk:unit/dhrr): it opens iomdesk there</source>
        <translation>Copier le lien de la ligne courante (iomdesk:unit/dhrr)&#xa0;: il ouvre iomdesk sur elle</translation>
    </message>
    <message>
        <source>Copy the current row&apos;s fact with its sources, to paste into a text</source>
        <translation>Copier le fait de la ligne courante avec ses sources, à coller dans un texte</translation>
    </message>
    <message>
        <source>The context menu of the list, the details or the picture that has the focus (the Menu key too)</source>
        <translation>Le menu contextuel de la liste, des détails ou de l’image qui a le focus (aussi la touche Menu)</translation>
    </message>
    <message>
        <source>Back to where a link or a search-everywhere result took you from (the mouse&apos;s back button too)</source>
        <translation>Revenir là d’où un lien ou un résultat de la recherche partout vous a mené (aussi le bouton Précédent de la souris)</translation>
    </message>
    <message>
        <source>Forward again (the mouse&apos;s forward button too)</source>
        <translation>Avancer de nouveau (aussi le bouton Suivant de la souris)</translation>
    </message>
    <message>
        <source>Open a data file (a newer data pack); dropping one on the window too</source>
        <translation>Ouvrir un fichier de données (un paquet plus récent)&#xa0;; aussi en le déposant sur la fenêtre</translation>
    </message>
    <message>
        <source>To the search field (its label&apos;s letter)</source>
        <translation>Vers le champ de recherche (la lettre de son étiquette)</translation>
    </message>
    <message>
        <source>Contacts: copy as &quot;Name &lt;e-mail&gt;&quot;</source>
        <translation>Contacts&#xa0;: copier au format «&#xa0;Nom &lt;courriel&gt;&#xa0;»</translation>
    </message>
    <message>
        <source>Contacts: copy the rows as shown</source>
        <translation>Contacts&#xa0;: copier les lignes telles qu’affichées</translation>
    </message>
    <message>
        <source>Contacts: write an e-mail (double-click does the same)</source>
        <translation>Contacts&#xa0;: écrire un courriel (un double-clic fait de même)</translation>
    </message>
    <message>
        <source>Show or hide the timelines (Leadership&apos;s and History&apos;s chart)</source>
        <translation>Afficher ou masquer les chronologies (celle de Direction et le graphique d’Historique)</translation>
    </message>
    <message>
        <source>Export the current tab&apos;s picture as PNG (File &gt; Export picture)</source>
        <translation>Exporter l’image de l’onglet actif en PNG (Fichier &gt; Exporter l’image)</translation>
    </message>
    <message>
        <source>Export the current tab&apos;s shown rows as CSV</source>
        <translation>Exporter en CSV les lignes affichées de l’onglet actif</translation>
    </message>
    <message>
        <source>Print the details pane (File &gt; Print details)</source>
        <translation>Imprimer le volet des détails (Fichier &gt; Imprimer les détails)</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Cette liste de raccourcis</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Countries: what the map colours</source>
        <translation>Pays&#xa0;: ce que la carte colore</translation>
    </message>
    <message>
        <source>History: the figure the chart draws</source>
        <translation>Historique&#xa0;: le chiffre que le graphique trace</translation>
    </message>
</context>
<context>
    <name>structure</name>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>1 match ({rows} rows shown)</source>
        <translation>1 résultat ({rows} lignes affichées)</translation>
    </message>
    <message>
        <source>{count} matches ({rows} rows shown)</source>
        <translation>{count} résultats ({rows} lignes affichées)</translation>
    </message>
    <message>
        <source>Copied the path of {unit}</source>
        <translation>Chemin de {unit} copié</translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <source>Search {tab}… (Ctrl+F)</source>
        <translation>Rechercher dans l’onglet {tab}… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search {tab}</source>
        <translation>Rechercher dans l’onglet {tab}</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>{tab} details</source>
        <translation>Détails de l’onglet {tab}</translation>
    </message>
    <message>
        <source>{tab} results</source>
        <translation>Résultats de l’onglet {tab}</translation>
    </message>
    <message>
        <source>{tab} count</source>
        <translation>Décompte de l’onglet {tab}</translation>
    </message>
    <message>
        <source>Facts about the selected row, with their sources</source>
        <translation>Faits concernant la ligne sélectionnée, avec leurs sources</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Étoilées</translation>
    </message>
    <message>
        <source>Show only the starred rows (Ctrl+Shift+D); Ctrl+D stars a row</source>
        <translation>N’afficher que les lignes étoilées (Ctrl+Maj+D)&#xa0;; Ctrl+D met une étoile à une ligne</translation>
    </message>
    <message>
        <source>Only starred rows in {tab}</source>
        <translation>Seulement les lignes étoilées de {tab}</translation>
    </message>
    <message>
        <source>No starred rows here match: Ctrl+D stars the current row</source>
        <translation>Aucune ligne étoilée ne correspond ici&#xa0;: Ctrl+D met une étoile à la ligne courante</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>{tab} data date</source>
        <translation>{tab} : date des données</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>The clipboard is not available; nothing was copied</source>
        <translation>Le presse-papiers n’est pas disponible&#xa0;; rien n’a été copié</translation>
    </message>
    <message>
        <source>Nothing selected to copy</source>
        <translation>Aucune sélection à copier</translation>
    </message>
    <message>
        <source>No matches for &apos;{text}&apos;</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>No row matches the search.</source>
        <translation>Aucune ligne ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>Affichage&#xa0;: {shown} sur {total}</translation>
    </message>
    <message>
        <source>Copied 1 row</source>
        <translation>1 ligne copiée</translation>
    </message>
    <message>
        <source>Copied {count} rows</source>
        <translation>{count} lignes copiées</translation>
    </message>
    <message>
        <source>Figure drawn in the chart</source>
        <translation>Chiffre représenté dans le graphique</translation>
    </message>
    <message>
        <source>Figures that can be drawn</source>
        <translation>Chiffres qui peuvent être représentés</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>What the map colours</source>
        <translation>Ce que la carte colore</translation>
    </message>
    <message>
        <source>Colourings of the map</source>
        <translation>Colorations de la carte</translation>
    </message>
    <message>
        <source>Colo&amp;ur by:</source>
        <translation>&amp;Colorer par :</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Go to the election</source>
        <translation>Aller à l’élection</translation>
    </message>
    <message>
        <source>{count} posts held</source>
        <translation>{count} mandats</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Élections</translation>
    </message>
    <message>
        <source>{count} elections</source>
        <translation>{count} élections</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unités</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>{count} countries</source>
        <translation>{count} pays</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>iomdesk — IOM reference</source>
        <translation>iomdesk — référence sur l’OIM</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{path} (Help &gt; Data says more)</source>
        <translation>{path} (Aide &gt; Données en dit plus)</translation>
    </message>
    <message>
        <source>Copied the citation of {row} ({count} sources)</source>
        <translation>Citation de {row} copiée ({count} sources)</translation>
    </message>
    <message>
        <source>{address} is not the address of a row.</source>
        <translation>{address} n’est pas l’adresse d’une ligne.</translation>
    </message>
    <message>
        <source>{address} is no longer in the data.</source>
        <translation>{address} n’est plus dans les données.</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Thème&#xa0;: {theme}</translation>
    </message>
    <message>
        <source>Saved the picture to {path}</source>
        <translation>Image enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Impossible d’écrire {path}</translation>
    </message>
    <message>
        <source>No row is selected: nothing to print</source>
        <translation>Aucune ligne sélectionnée&#xa0;: rien à imprimer</translation>
    </message>
    <message>
        <source>Export details as PDF</source>
        <translation>Exporter les détails en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the details to {path}</source>
        <translation>Détails enregistrés dans {path}</translation>
    </message>
    <message>
        <source>Print details</source>
        <translation>Imprimer les détails</translation>
    </message>
    <message>
        <source>Sent the details to {printer}</source>
        <translation>Détails envoyés à {printer}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Export shown rows</source>
        <translation>Exporter les lignes affichées</translation>
    </message>
    <message>
        <source>This tab has no picture to export ({tabs} have one)</source>
        <translation>Cet onglet n’a pas d’image à exporter ({tabs} en ont une)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {count} rows to {path}</source>
        <translation>{count} lignes enregistrées dans {path}</translation>
    </message>
    <message>
        <source>No contact selected to export</source>
        <translation>Aucun contact sélectionné à exporter</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>Saved {count} contacts to {path}</source>
        <translation>{count} contacts enregistrés dans {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export picture…</source>
        <translation>&amp;Exporter l’image…</translation>
    </message>
    <message>
        <source>Export shown rows as &amp;CSV…</source>
        <translation>Exporter les lignes affichées en &amp;CSV…</translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf)</source>
        <translation>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exporter les contacts en &amp;vCard…</translation>
    </message>
    <message>
        <source>Export &amp;selected contacts as vCard…</source>
        <translation>Exporter les contacts &amp;sélectionnés en vCard…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Star or unstar</source>
        <translation>&amp;Étoile&#xa0;: mettre ou ôter</translation>
    </message>
    <message>
        <source>Only &amp;starred rows</source>
        <translation>Seulement les lignes é&amp;toilées</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy c&amp;itation</source>
        <translation>Copier la c&amp;itation</translation>
    </message>
    <message>
        <source>Copy citation as &amp;Markdown</source>
        <translation>Copier la citation en &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy citation for &amp;Wikipedia ({{cite web}})</source>
        <translation>Copier la citation pour &amp;Wikipédia ({{cite web}})</translation>
    </message>
    <message>
        <source>Show &amp;timelines and map</source>
        <translation>Afficher les &amp;chronologies et la carte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Ouvrir un fichier de données…</translation>
    </message>
    <message>
        <source>Export s&amp;tars…</source>
        <translation>Exporter les é&amp;toiles…</translation>
    </message>
    <message>
        <source>&amp;Import stars…</source>
        <translation>Importer des étoi&amp;les…</translation>
    </message>
    <message>
        <source>Export &amp;details as PDF…</source>
        <translation>Exporter les &amp;détails en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print details…</source>
        <translation>&amp;Imprimer les détails…</translation>
    </message>
    <message>
        <source>&amp;Data…</source>
        <translation>&amp;Données…</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new in the data…</source>
        <translation>&amp;Nouveautés dans les données…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About iomdesk</source>
        <translation>À &amp;propos d’iomdesk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About iomdesk</source>
        <translation>À propos d’iomdesk</translation>
    </message>
    <message>
        <source>No browser answered; copied the address instead: {url}</source>
        <translation>Aucun navigateur n’a répondu&#xa0;; l’adresse a été copiée à la place&#xa0;: {url}</translation>
    </message>
    <message>
        <source>No row of this data has the address {address}.</source>
        <translation>Aucune ligne de ces données n’a l’adresse {address}.</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Copié&#xa0;: {text}</translation>
    </message>
    <message>
        <source>The clipboard is not available</source>
        <translation>Le presse-papiers n’est pas disponible</translation>
    </message>
    <message>
        <source>Could not open {url}</source>
        <translation>Impossible d’ouvrir {url}</translation>
    </message>
    <message>
        <source>No row is selected to star</source>
        <translation>Aucune ligne n’est sélectionnée pour l’étoile</translation>
    </message>
    <message>
        <source>Starred {row}</source>
        <translation>Étoile mise à {row}</translation>
    </message>
    <message>
        <source>Unstarred {row}</source>
        <translation>Étoile ôtée de {row}</translation>
    </message>
    <message>
        <source>Export stars</source>
        <translation>Exporter les étoiles</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>Fichier texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved {count} stars to {path}</source>
        <translation>{count} étoiles enregistrées dans {path}</translation>
    </message>
    <message>
        <source>Import stars</source>
        <translation>Importer des étoiles</translation>
    </message>
    <message>
        <source>Text file (*.txt);;All files (*)</source>
        <translation>Fichier texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Added {count} stars from {path}</source>
        <translation>{count} étoiles ajoutées depuis {path}</translation>
    </message>
    <message>
        <source>(lines not read: {lines})</source>
        <translation>(lignes non lues&#xa0;: {lines})</translation>
    </message>
</context>
</TS>
