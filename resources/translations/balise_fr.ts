<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <source>Balise %1</source>
        <translation>Balise %1</translation>
    </message>
    <message>
        <source>A workbench to evaluate and steer the urban data services of a territory, following the method of the DataCités guide.</source>
        <translation>Un atelier pour évaluer et piloter les services urbains de données d&apos;un territoire, selon la méthode du guide DataCités.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>About Balise</source>
        <translation>À propos de Balise</translation>
    </message>
    <message>
        <source>Running on Qt %1, SQLite %2, QCustomPlot %3 and Boost %4.</source>
        <translation>Fonctionne avec Qt %1, SQLite %2, QCustomPlot %3 et Boost %4.</translation>
    </message>
</context>
<context>
    <name>AdequacyScore</name>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>« %1 » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3.</source>
        <translation>%1 est hors de l&apos;échelle %2–%3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices: %2.</source>
        <translation>« %1 » ne fait pas partie des choix : %2.</translation>
    </message>
</context>
<context>
    <name>AnalysisReport</name>
    <message>
        <source>weights ±%1 %</source>
        <translation>poids ±%1 %</translation>
    </message>
    <message>
        <source>weights fixed</source>
        <translation>poids fixes</translation>
    </message>
    <message>
        <source>aggregation drawn (arithmetic or geometric)</source>
        <translation>agrégation tirée au sort (arithmétique ou géométrique)</translation>
    </message>
    <message>
        <source>aggregation fixed (%1)</source>
        <translation>agrégation fixe (%1)</translation>
    </message>
    <message>
        <source>normalisation drawn among %1</source>
        <translation>normalisation tirée au sort parmi %1</translation>
    </message>
    <message>
        <source>normalisation fixed (the framework&apos;s)</source>
        <translation>normalisation fixe (celle du référentiel)</translation>
    </message>
    <message>
        <source>Monte Carlo: %1 replications, seed %2; %3.</source>
        <translation>Monte Carlo : %1 tirages, graine %2 ; %3.</translation>
    </message>
    <message>
        <source>Ranks: 1 = best, ties share the lowest rank; the interval holds 90 % of the replications.</source>
        <translation>Rangs : 1 = meilleur, les ex aequo partagent le plus petit rang ; l&apos;intervalle contient 90 % des tirages.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médian</translation>
    </message>
    <message>
        <source>5–95 %</source>
        <translation>5–95 %</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>P(first)</source>
        <translation>P(1er)</translation>
    </message>
    <message>
        <source>— : no overall score (too much data missing), so no rank.</source>
        <translation>— : pas de score global (trop de données manquantes), donc pas de rang.</translation>
    </message>
    <message>
        <source>Sensitivity of the rank shift (mean |rank − nominal rank| = %1 over %2 runs, Saltelli design):</source>
        <translation>Sensibilité du décalage de rang (moyenne de |rang − rang nominal| = %1 sur %2 évaluations, plan de Saltelli) :</translation>
    </message>
    <message>
        <source>The rank shift does not vary: the indices are undefined (no input moves the ranking).</source>
        <translation>Le décalage de rang ne varie pas : les indices ne sont pas définis (aucune entrée ne modifie le classement).</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>first order</source>
        <translation>1er ordre</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>The ranking moved in only %1 of the %2 base samples: these indices rest on too few runs to be trusted (they may even leave the range 0–1). Raise N for firmer figures.</source>
        <translation>Le classement n&apos;a bougé que dans %1 des %2 échantillons de base : ces indices reposent sur trop peu d&apos;évaluations pour être fiables (ils peuvent même sortir de l&apos;intervalle 0–1). Augmentez N pour des valeurs plus sûres.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>BenchWorkload</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the hierarchy file has no rows.</source>
        <translation>le fichier de hiérarchie ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>a hierarchy file needs the columns iCode, Level, Parent and Weight.</source>
        <translation>un fichier de hiérarchie doit comporter les colonnes iCode, Level, Parent et Weight.</translation>
    </message>
    <message>
        <source>line %1 is not a valid hierarchy row.</source>
        <translation>la ligne %1 n&apos;est pas une ligne de hiérarchie valide.</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>le code %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>exactly one row (the index) must have an empty parent.</source>
        <translation>exactement une ligne (l&apos;indice) doit avoir un parent vide.</translation>
    </message>
    <message>
        <source>the indicator %1 has children.</source>
        <translation>l&apos;indicateur %1 a des éléments enfants.</translation>
    </message>
    <message>
        <source>some rows are not under the index (unknown parent or a loop).</source>
        <translation>certaines lignes ne sont pas rattachées à l&apos;indice (parent inconnu ou boucle).</translation>
    </message>
    <message>
        <source>the hierarchy has no indicator (level 1).</source>
        <translation>la hiérarchie ne contient aucun indicateur (niveau 1).</translation>
    </message>
    <message>
        <source>the data file has no service.</source>
        <translation>le fichier de données ne contient aucun service.</translation>
    </message>
    <message>
        <source>the indicator %1 has no column.</source>
        <translation>l&apos;indicateur %1 n&apos;a pas de colonne.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 services × %2 indicators from %3 and %4</source>
        <translation>%1 services × %2 indicateurs issus de %3 et %4</translation>
    </message>
    <message>
        <source>synthetic: %1 services × %2 indicators, %3 criteria, %4 objectives (no reference file of that size)</source>
        <translation>synthétique : %1 services × %2 indicateurs, %3 critères, %4 objectifs (aucun fichier de référence de cette taille)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &quot;balise %1 --help&quot; for its options.</source>
        <translation>Lancez « balise %1 --help » pour voir ses options.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argument manquant : %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Argument inattendu : %1.</translation>
    </message>
    <message>
        <source>Period of a wide file.</source>
        <translation>Période d&apos;un fichier au format large.</translation>
    </message>
    <message>
        <source>Check the file and report what would change, without writing.</source>
        <translation>Vérifie le fichier et indique ce qui changerait, sans rien écrire.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 n&apos;a pas été importé : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %2 form, %3 separator, decimal mark &quot;%4&quot;, %n row(s).</source>
        <translation>
            <numerusform>Lecture de %1 : format %2, séparateur de colonnes %3, séparateur décimal « %4 », %n ligne.</numerusform>
            <numerusform>Lecture de %1 : format %2, séparateur de colonnes %3, séparateur décimal « %4 », %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>large</translation>
    </message>
    <message>
        <source>Services created: %1</source>
        <translation>Services créés : %1</translation>
    </message>
    <message>
        <source>Periods created: %1</source>
        <translation>Périodes créées : %1</translation>
    </message>
    <message>
        <source>Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.</source>
        <translation>Mesures : %1 ajoutées, %2 remplacées, %3 inchangées, %4 manquantes.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: it has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 n&apos;a pas été importé : il comporte %n problème ; rien n&apos;a été modifié.</numerusform>
            <numerusform>%1 n&apos;a pas été importé : il comporte %n problèmes ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <source>Summarise what a Balise project holds.</source>
        <translation>Résume le contenu d&apos;un projet Balise.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Affiche le résumé au format JSON.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <source>File: %1 (format %2)</source>
        <translation>Fichier : %1 (format %2)</translation>
    </message>
    <message>
        <source>Territory: %1 (%2)</source>
        <translation>Territoire : %1 (%2)</translation>
    </message>
    <message>
        <source>, %1 inhabitants</source>
        <translation>, %1 habitants</translation>
    </message>
    <message>
        <source>Vade-mecum: %1 needs, %2 principles, %3 fields of attention, %4 resources, %5 questions, %6 revisions</source>
        <translation>Vade-mecum : %1 besoins, %2 principes, %3 points d&apos;attention, %4 ressources, %5 questions, %6 révisions</translation>
    </message>
    <message>
        <source>Framework: %1 objectives, %2 criteria, %3 indicators (%4 qualitative)</source>
        <translation>Référentiel : %1 objectifs, %2 critères, %3 indicateurs (dont %4 qualitatifs)</translation>
    </message>
    <message>
        <source>Data services: %1</source>
        <translation>Services de données : %1</translation>
    </message>
    <message>
        <source>Periods: %1</source>
        <translation>Périodes : %1</translation>
    </message>
    <message>
        <source>Measurements: %1 (%2 missing)</source>
        <translation>Mesures : %1 (%2 manquantes)</translation>
    </message>
    <message>
        <source>Impact accounts: %1</source>
        <translation>Bilans des impacts : %1</translation>
    </message>
    <message>
        <source>Create a Balise project, empty or with the framework of a CSV file.</source>
        <translation>Crée un projet Balise, vide ou avec le référentiel d&apos;un fichier CSV.</translation>
    </message>
    <message>
        <source>Framework CSV (level,code,parent,name,weight,…).</source>
        <translation>Référentiel au format CSV (level,code,parent,name,weight,…).</translation>
    </message>
    <message>
        <source>Title of the project.</source>
        <translation>Titre du projet.</translation>
    </message>
    <message>
        <source>Name of the territory.</source>
        <translation>Nom du territoire.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Created %1: %2 objectives, %3 criteria, %4 indicators.</source>
        <translation>%1 créé : %2 objectifs, %3 critères, %4 indicateurs.</translation>
    </message>
    <message>
        <source>Check a project: the file&apos;s integrity, then the framework. Exits with 1 when the framework has warnings.</source>
        <translation>Vérifie un projet : l&apos;intégrité du fichier, puis le référentiel. Renvoie le code de sortie 1 si le référentiel comporte des avertissements.</translation>
    </message>
    <message>
        <source>File: integrity and references checked, no problem found.</source>
        <translation>Fichier : intégrité et références vérifiées, aucun problème trouvé.</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>remarque : </translation>
    </message>
    <message numerus="yes">
        <source>Framework: %n warning(s)</source>
        <translation>
            <numerusform>Référentiel : %n avertissement</numerusform>
            <numerusform>Référentiel : %n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n remarque.</numerusform>
            <numerusform>%n remarques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of territory: %1.</source>
        <translation>Type de territoire : %1.</translation>
    </message>
    <message>
        <source>Population of the territory.</source>
        <translation>Population du territoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of territory; use one of: %2.</source>
        <translation>« %1 » n&apos;est pas un type de territoire ; utilisez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>The population must be a whole number of zero or more.</source>
        <translation>La population doit être un nombre entier positif ou nul.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: data services, %2 separator, %n row(s).</source>
        <translation>
            <numerusform>Lecture de %1 : services de données, séparateur de colonnes %2, %n ligne.</numerusform>
            <numerusform>Lecture de %1 : services de données, séparateur de colonnes %2, %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Services updated: %1</source>
        <translation>Services mis à jour : %1</translation>
    </message>
    <message>
        <source>Services unchanged: %1</source>
        <translation>Services inchangés : %1</translation>
    </message>
    <message>
        <source>Test how robust the ranking of the services is: a Monte Carlo run redraws the weights (each multiplied by a random factor in [1 − p, 1 + p], then renormalised among its siblings), and optionally the aggregation method and the normalisation, and reports each service&apos;s nominal, mean and median rank, its 5–95 % rank interval and its chance to rank first. Runs are reproducible from the seed, whatever the number of threads. With --one-at-a-time, each weight in turn is moved by ±X instead, showing which weights the verdict hangs on.</source>
        <translation>Teste la robustesse du classement des services : une analyse Monte Carlo tire au sort de nouveaux poids (chacun multiplié par un facteur aléatoire dans [1 − p, 1 + p], puis renormalisé avec les éléments de même parent) et, si demandé, la méthode d&apos;agrégation et la normalisation, puis indique pour chaque service son rang nominal, moyen et médian, son intervalle de rang 5–95 % et sa probabilité d&apos;arriver premier. Les résultats sont reproductibles à partir de la graine, quel que soit le nombre de threads. Avec --one-at-a-time, chaque poids est plutôt modifié tour à tour de ±X, ce qui montre de quels poids dépend le verdict.</translation>
    </message>
    <message>
        <source>Number of Monte Carlo replications.</source>
        <translation>Nombre de tirages Monte Carlo.</translation>
    </message>
    <message>
        <source>Relative noise p on every weight, 0 ≤ p &lt; 1 (default 0.25: ±25 %).</source>
        <translation>Bruit relatif p sur chaque poids, 0 ≤ p &lt; 1 (0.25 par défaut : ±25 %).</translation>
    </message>
    <message>
        <source>Seed of the random draws (default 1): the same seed gives the same results.</source>
        <translation>Graine des tirages aléatoires (1 par défaut) : la même graine donne les mêmes résultats.</translation>
    </message>
    <message>
        <source>Threads to use (default 0: every core).</source>
        <translation>Threads à utiliser (0 par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <source>Period to analyse (default: the project&apos;s last period).</source>
        <translation>Période à analyser (par défaut : la dernière période du projet).</translation>
    </message>
    <message>
        <source>Also draw the aggregation method: arithmetic or geometric mean, even odds, per replication.</source>
        <translation>Tire aussi au sort la méthode d&apos;agrégation : moyenne arithmétique ou géométrique, à chances égales, à chaque tirage.</translation>
    </message>
    <message>
        <source>Also draw the normalisation: the framework&apos;s own or another method (goalposts, minmax, zscore, rank), even odds, per replication.</source>
        <translation>Tire aussi au sort la normalisation : celle du référentiel ou une autre méthode (goalposts, minmax, zscore, rank), à chances égales, à chaque tirage.</translation>
    </message>
    <message>
        <source>Also compute first-order and total sensitivity indices of the rank shift to each uncertain input (Saltelli design with N base samples: N × (inputs + 2) more runs).</source>
        <translation>Calcule aussi les indices de sensibilité de premier ordre et totaux du décalage de rang à chaque entrée incertaine (plan de Saltelli à N échantillons de base : N × (entrées + 2) évaluations supplémentaires).</translation>
    </message>
    <message>
        <source>With --format json: list every replication&apos;s parameters (weight multipliers, method, normalisation).</source>
        <translation>Avec --format json : liste les paramètres de chaque tirage (multiplicateurs des poids, méthode, normalisation).</translation>
    </message>
    <message>
        <source>Move each weight in turn by −X and +X (0.2 = ±20 %), its siblings renormalised, and report how every service&apos;s overall score and rank change: the data of a tornado chart.</source>
        <translation>Modifie tour à tour chaque poids de −X puis de +X (0.2 = ±20 %), les éléments de même parent étant renormalisés, et indique comment évoluent le score global et le rang de chaque service : les données d&apos;un diagramme en tornade.</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Format de sortie : table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>Say what to run: --uncertainty N replications, --one-at-a-time X, or both.</source>
        <translation>Indiquez ce qu&apos;il faut lancer : --uncertainty N tirages, --one-at-a-time X, ou les deux.</translation>
    </message>
    <message>
        <source>--uncertainty must be a whole number of replications from 1 to 10,000,000, not &quot;%1&quot;.</source>
        <translation>--uncertainty doit être un nombre entier de tirages de 1 à 10 000 000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--weight-noise must be at least 0 and below 1 (0.25 means ±25 %), not &quot;%1&quot;.</source>
        <translation>--weight-noise doit être supérieur ou égal à 0 et inférieur à 1 (0.25 signifie ±25 %), pas « %1 ».</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not &quot;%1&quot;.</source>
        <translation>--seed doit être un nombre entier de 0 à 18446744073709551615, pas « %1 ».</translation>
    </message>
    <message>
        <source>--threads must be a whole number (0 = every core), not &quot;%1&quot;.</source>
        <translation>--threads doit être un nombre entier (0 = tous les cœurs), pas « %1 ».</translation>
    </message>
    <message>
        <source>--one-at-a-time must be above 0 and below 1 (0.2 means ±20 %), not &quot;%1&quot;.</source>
        <translation>--one-at-a-time doit être supérieur à 0 et inférieur à 1 (0.2 signifie ±20 %), pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Format « %1 » inconnu : utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>--format csv writes one table: ask for --uncertainty or --one-at-a-time, not both (or use --format json).</source>
        <translation>--format csv écrit un seul tableau : demandez --uncertainty ou --one-at-a-time, pas les deux (ou utilisez --format json).</translation>
    </message>
    <message>
        <source>--sensitivity, --replications and the --draw options belong to a Monte Carlo run: add --uncertainty N.</source>
        <translation>--sensitivity, --replications et les options --draw relèvent d&apos;une analyse Monte Carlo : ajoutez --uncertainty N.</translation>
    </message>
    <message>
        <source>--replications lists the parameters in JSON: add --format json.</source>
        <translation>--replications liste les paramètres en JSON : ajoutez --format json.</translation>
    </message>
    <message>
        <source>--replications lists at most 100,000 replications.</source>
        <translation>--replications liste au plus 100 000 tirages.</translation>
    </message>
    <message>
        <source>The project has no period &quot;%1&quot;; its periods are: %2.</source>
        <translation>Le projet n&apos;a pas de période « %1 » ; ses périodes sont : %2.</translation>
    </message>
    <message>
        <source>No service has an overall score in period %1 (too much data is missing or every weight is 0): there is no ranking to test.</source>
        <translation>Aucun service n&apos;a de score global sur la période %1 (trop de données manquantes, ou tous les poids sont nuls) : il n&apos;y a pas de classement à tester.</translation>
    </message>
    <message>
        <source>Project: %1 — period %2</source>
        <translation>Projet : %1 — période %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>MANQUÉE</translation>
    </message>
    <message>
        <source>Measure the evaluation engine on the reference workload (200 services × 300 indicators): one evaluation, 12 periods, a Monte Carlo run, Saltelli sensitivity with N = 100 and 1,000, the peak memory and how fast a cancelled run returns. Times are the median, minimum and maximum of repeated runs after one warm-up run.</source>
        <translation>Mesure les performances du moteur d&apos;évaluation sur la charge de référence (200 services × 300 indicateurs) : une évaluation, 12 périodes, une analyse Monte Carlo, la sensibilité de Saltelli avec N = 100 et 1 000, le pic de mémoire et la rapidité avec laquelle une analyse annulée s&apos;arrête. Les temps sont la médiane, le minimum et le maximum d&apos;exécutions répétées, après une exécution d&apos;échauffement.</translation>
    </message>
    <message>
        <source>Hierarchy file (iCode, Level, Parent, Direction, Weight).</source>
        <translation>Fichier de hiérarchie (iCode, Level, Parent, Direction, Weight).</translation>
    </message>
    <message>
        <source>Data file (uCode, then indicators).</source>
        <translation>Fichier de données (uCode, puis les indicateurs).</translation>
    </message>
    <message>
        <source>Services of the reference size to use (default 200).</source>
        <translation>Nombre de services de la taille de référence à utiliser (200 par défaut).</translation>
    </message>
    <message>
        <source>Indicators of the reference size (default 300).</source>
        <translation>Nombre d&apos;indicateurs de la taille de référence (300 par défaut).</translation>
    </message>
    <message>
        <source>Monte Carlo replications (default 1000).</source>
        <translation>Tirages Monte Carlo (1000 par défaut).</translation>
    </message>
    <message>
        <source>Timed runs of each figure (default 10).</source>
        <translation>Exécutions chronométrées de chaque mesure (10 par défaut).</translation>
    </message>
    <message>
        <source>Threads for Monte Carlo and Saltelli (default: all cores).</source>
        <translation>Threads pour Monte Carlo et Saltelli (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <source>Also write the Monte Carlo rank statistics to this CSV file (the columns of &quot;balise analyze --format csv&quot;).</source>
        <translation>Écrit aussi les statistiques de rang Monte Carlo dans ce fichier CSV (les colonnes de « balise analyze --format csv »).</translation>
    </message>
    <message>
        <source>--units and --indicators must be whole numbers of at least 1.</source>
        <translation>--units et --indicators doivent être des nombres entiers d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>--replications must be a whole number of at least 1.</source>
        <translation>--replications doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>--repeat must be a whole number of at least 1.</source>
        <translation>--repeat doit être un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>--threads must be a whole number (0 = all cores).</source>
        <translation>--threads doit être un nombre entier (0 = tous les cœurs).</translation>
    </message>
    <message>
        <source>--hierarchy and --data go together.</source>
        <translation>--hierarchy et --data s&apos;utilisent ensemble.</translation>
    </message>
    <message>
        <source>The reference files %1 and %2 were not found in ./bench/data nor beside the program: pass them with --hierarchy and --data (they are in the source tree&apos;s bench/data folder).</source>
        <translation>Les fichiers de référence %1 et %2 sont introuvables dans ./bench/data comme à côté du programme : indiquez-les avec --hierarchy et --data (ils se trouvent dans le dossier bench/data des sources).</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>Charge de travail : %1</translation>
    </message>
    <message>
        <source>Machine: %1 hardware threads, %2; %3 worker thread(s); %4 timed runs per figure</source>
        <translation>Machine : %1 threads matériels, %2 ; %3 thread(s) de calcul ; %4 exécutions chronométrées par mesure</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>%1, 1 period</source>
        <translation>%1, 1 période</translation>
    </message>
    <message>
        <source>%1, %2 periods</source>
        <translation>%1, %2 périodes</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>+ indicator ranks</source>
        <translation>+ rangs des indicateurs</translation>
    </message>
    <message>
        <source>+ into a new result</source>
        <translation>+ dans un nouveau résultat</translation>
    </message>
    <message>
        <source>Monte Carlo, %1 replications</source>
        <translation>Monte Carlo, %1 tirages</translation>
    </message>
    <message>
        <source>Saltelli, N = %1 (%2 runs)</source>
        <translation>Saltelli, N = %1 (%2 évaluations)</translation>
    </message>
    <message>
        <source>peak memory (after Monte Carlo)</source>
        <translation>pic de mémoire (après Monte Carlo)</translation>
    </message>
    <message>
        <source>cancel: request to return</source>
        <translation>annulation : de la demande au retour</translation>
    </message>
    <message>
        <source>Sensitivity of the mean rank shift (N = 1000): weights S = %1, S_T = %2; aggregation S = %3, S_T = %4; mean shift %5 ranks.</source>
        <translation>Sensibilité du décalage moyen de rang (N = 1000) : poids S = %1, S_T = %2 ; agrégation S = %3, S_T = %4 ; décalage moyen de %5 rangs.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Monte Carlo rank statistics written to %1.</source>
        <translation>Statistiques de rang Monte Carlo écrites dans %1.</translation>
    </message>
    <message>
        <source>Score the data services on the framework: every node&apos;s score (0–100), coverage, traffic light and rank, for every period.</source>
        <translation>Évalue les services de données selon le référentiel : score (0–100), couverture, feu et rang de chaque élément, pour chaque période.</translation>
    </message>
    <message>
        <source>Evaluate this period only.</source>
        <translation>Évalue uniquement cette période.</translation>
    </message>
    <message>
        <source>Normalise every quantitative indicator this way: goalposts, minmax, zscore or rank (default: each indicator&apos;s own).</source>
        <translation>Normalise tous les indicateurs quantitatifs de cette façon : goalposts, minmax, zscore ou rank (par défaut : la méthode propre à chaque indicateur).</translation>
    </message>
    <message>
        <source>Aggregate with the weighted arithmetic or geometric mean (default: the project&apos;s).</source>
        <translation>Agrège avec la moyenne arithmétique ou géométrique pondérée (par défaut : celle du projet).</translation>
    </message>
    <message>
        <source>Unknown normalization &quot;%1&quot;: use goalposts, minmax, zscore or rank.</source>
        <translation>Normalisation « %1 » inconnue : utilisez goalposts, minmax, zscore ou rank.</translation>
    </message>
    <message>
        <source>Unknown aggregation &quot;%1&quot;: use arithmetic or geometric.</source>
        <translation>Agrégation « %1 » inconnue : utilisez arithmetic ou geometric.</translation>
    </message>
    <message>
        <source>Also time edits on an open project file of the workload over 12 periods (a weight, a value: written and re-evaluated, as in the workbench).</source>
        <translation>Chronométrer aussi des modifications sur un fichier de projet ouvert contenant la charge de référence sur 12 périodes (un poids, une valeur : écrits puis réévalués, comme dans l&apos;atelier).</translation>
    </message>
    <message>
        <source>The benchmark project could not be built: %1</source>
        <translation>Le projet de mesure n&apos;a pas pu être construit : %1</translation>
    </message>
    <message>
        <source>Live edits on a project of %1 measurements (%2 services × %3 indicators × %4 periods, built in %5 s in %6):</source>
        <translation>Modifications en direct sur un projet de %1 mesures (%2 services × %3 indicateurs × %4 périodes, construit en %5 s dans %6) :</translation>
    </message>
    <message>
        <source>weight edited: written and re-evaluated</source>
        <translation>poids modifié : écrit et réévalué</translation>
    </message>
    <message>
        <source>value edited: written and re-evaluated</source>
        <translation>valeur modifiée : écrite et réévaluée</translation>
    </message>
    <message>
        <source>Of which the write to the file (mean): weight %1 ms, value %2 ms. Refresh kind: %3, %4. First full evaluation of the project: %5 ms.</source>
        <translation>Dont l&apos;écriture dans le fichier (moyenne) : poids %1 ms, valeur %2 ms. Mise à jour : %3, %4. Première évaluation complète du projet : %5 ms.</translation>
    </message>
    <message>
        <source>values kept</source>
        <translation>valeurs conservées</translation>
    </message>
    <message>
        <source>values rebuilt</source>
        <translation>valeurs reconstruites</translation>
    </message>
    <message>
        <source>one cell patched</source>
        <translation>une cellule mise à jour</translation>
    </message>
    <message>
        <source>Start from a template (its id, or a .balise-template file).</source>
        <translation>Partir d&apos;un modèle (son identifiant, ou un fichier .balise-template).</translation>
    </message>
    <message>
        <source>Give a template or a framework file, not both.</source>
        <translation>Donnez un modèle ou un fichier de référentiel, pas les deux.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Identifier of the saved template.</source>
        <translation>Identifiant du modèle enregistré.</translation>
    </message>
    <message>
        <source>Title of the saved template.</source>
        <translation>Titre du modèle enregistré.</translation>
    </message>
    <message>
        <source>Keep the project&apos;s services as sample services.</source>
        <translation>Garder les services du projet comme services d&apos;exemple.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé : %2</translation>
    </message>
    <message>
        <source>Imported the template %1 into %2.</source>
        <translation>Modèle %1 importé dans %2.</translation>
    </message>
    <message>
        <source>Use templates list, templates export ID FILE, templates import FILE or templates save PROJECT FILE.</source>
        <translation>Utilisez templates list, templates export ID FICHIER, templates import FICHIER ou templates save PROJET FICHIER.</translation>
    </message>
    <message>
        <source>List, export, import templates, or save a project as one:
  templates list
  templates export ID FILE
  templates import FILE
  templates save PROJECT FILE [--id ID] [--title T] [--language L] [--with-services]</source>
        <translation>Lister, exporter, importer des modèles, ou enregistrer un projet comme modèle :
  templates list
  templates export ID FICHIER
  templates import FICHIER
  templates save PROJET FICHIER [--id ID] [--title T] [--language L] [--with-services]</translation>
    </message>
    <message>
        <source>Language of the saved template&apos;s texts (fr or en; default: the language of messages).</source>
        <translation>Langue des textes du modèle enregistré (fr ou en ; par défaut : la langue des messages).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The scorecard of this service (its name).</source>
        <translation>Le tableau de bord de ce service (son nom).</translation>
    </message>
    <message>
        <source>The period reported on (its label; default: the latest one with a score).</source>
        <translation>La période du rapport (son libellé ; par défaut : la dernière qui a un score).</translation>
    </message>
    <message>
        <source>The report&apos;s language, fr or en (default: that of messages).</source>
        <translation>La langue du rapport, fr ou en (par défaut : celle des messages).</translation>
    </message>
    <message>
        <source>--lang takes fr or en.</source>
        <translation>--lang prend fr ou en.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>This build of Balise has no workbench and cannot draw PDF reports.</source>
        <translation>Cette version de Balise n’a pas d’atelier et ne peut pas dessiner de rapports PDF.</translation>
    </message>
    <message>
        <source>The comparison of the services named after the project (all of them when none is named).</source>
        <translation>La comparaison des services nommés après le projet (tous quand aucun n’est nommé).</translation>
    </message>
    <message>
        <source>The vade-mecum and framework document, for political validation.</source>
        <translation>Le document vade-mecum et référentiel, pour la validation politique.</translation>
    </message>
    <message>
        <source>How this service moved over the periods (its name).</source>
        <translation>L’évolution de ce service au fil des périodes (son nom).</translation>
    </message>
    <message>
        <source>The project&apos;s impact accounts.</source>
        <translation>Les bilans des impacts du projet.</translation>
    </message>
    <message>
        <source>Say which report to write: --pdf OUT.pdf with one of --service S, --compare [SERVICE…], --evolution S, --framework or --impacts.</source>
        <translation>Indiquez le rapport à écrire : --pdf SORTIE.pdf avec l’un de --service S, --compare [SERVICE…], --evolution S, --framework ou --impacts.</translation>
    </message>
    <message>
        <source>Also time the PDF comparison of 50 services of the workload over 12 periods, from the open project to the written file.</source>
        <translation>Mesurer aussi la comparaison PDF de 50 services de la charge de référence sur 12 périodes, du projet ouvert au fichier écrit.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Write the measurements (CSV in the long layout balise import reads, or JSON).</source>
        <translation>Écrire les mesures (CSV au format long que lit balise import, ou JSON).</translation>
    </message>
    <message>
        <source>Write every score, coverage, light and rank as CSV.</source>
        <translation>Écrire chaque score, couverture, feu et rang en CSV.</translation>
    </message>
    <message>
        <source>Write the framework as CSV, to edit in a spreadsheet and import again.</source>
        <translation>Écrire le référentiel en CSV, pour le modifier dans un tableur et l’importer de nouveau.</translation>
    </message>
    <message>
        <source>CSV written with , and . (comma, the default) or with ; and , and a BOM for French spreadsheet software (semicolon).</source>
        <translation>CSV écrit avec , et . (comma, par défaut) ou avec ; et , et un BOM pour les tableurs français (semicolon).</translation>
    </message>
    <message>
        <source>--dialect takes comma or semicolon.</source>
        <translation>--dialect prend comma ou semicolon.</translation>
    </message>
    <message>
        <source>PDF comparison of %1 services on a project of %2 services × %3 indicators × 12 periods (evaluation, layout, charts and file; %4 pages, %5 KiB):</source>
        <translation>Comparaison PDF de %1 services sur un projet de %2 services × %3 indicateurs × 12 périodes (évaluation, mise en page, graphiques et fichier ; %4 pages, %5 Kio) :</translation>
    </message>
    <message>
        <source>PDF comparison, 50 services</source>
        <translation>Comparaison PDF, 50 services</translation>
    </message>
    <message>
        <source>Write the whole project as JSON (balise import reads it back into a new project).</source>
        <translation>Écrire tout le projet en JSON (balise import le relit dans un nouveau projet).</translation>
    </message>
    <message>
        <source>Write one file at a time: --pdf, --measurements, --results, --framework-csv or --json.</source>
        <translation>Un fichier à la fois : --pdf, --measurements, --results, --framework-csv ou --json.</translation>
    </message>
    <message>
        <source>%1 already exists: a project in JSON is imported into a new project file, never over one.</source>
        <translation>%1 existe déjà : un projet en JSON s’importe dans un nouveau fichier de projet, jamais par-dessus un autre.</translation>
    </message>
    <message>
        <source>%1 is a valid project: %2 indicators, %3 services, %4 periods, %5 measurements. Nothing was written (--dry-run).</source>
        <translation>%1 est un projet valide : %2 indicateurs, %3 services, %4 périodes, %5 mesures. Rien n’a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>Created %1: %2 indicators, %3 services, %4 periods, %5 measurements.</source>
        <translation>%1 créé : %2 indicateurs, %3 services, %4 périodes, %5 mesures.</translation>
    </message>
    <message>
        <source>Write a report of the project as a PDF, or its data:
  export PROJECT --pdf OUT.pdf --service S [--period P] [--lang fr|en]
  export PROJECT --pdf OUT.pdf --compare [SERVICE…] [--period P]
  export PROJECT --pdf OUT.pdf --evolution S
  export PROJECT --pdf OUT.pdf --framework
  export PROJECT --pdf OUT.pdf --impacts
  export PROJECT --measurements OUT.csv|OUT.json [--dialect comma|semicolon]
  export PROJECT --results OUT.csv [--dialect comma|semicolon]
  export PROJECT --framework-csv OUT.csv [--dialect comma|semicolon]
  export PROJECT --json OUT.json</source>
        <translation>Écrire un rapport du projet en PDF, ou ses données :
  export PROJET --pdf SORTIE.pdf --service S [--period P] [--lang fr|en]
  export PROJET --pdf SORTIE.pdf --compare [SERVICE…] [--period P]
  export PROJET --pdf SORTIE.pdf --evolution S
  export PROJET --pdf SORTIE.pdf --framework
  export PROJET --pdf SORTIE.pdf --impacts
  export PROJET --measurements SORTIE.csv|SORTIE.json [--dialect comma|semicolon]
  export PROJET --results SORTIE.csv [--dialect comma|semicolon]
  export PROJET --framework-csv SORTIE.csv [--dialect comma|semicolon]
  export PROJET --json SORTIE.json</translation>
    </message>
    <message>
        <source>Check the framework file or template and report what the project would hold, without creating it.</source>
        <translation>Vérifier le fichier de référentiel ou le modèle et dire ce que contiendrait le projet, sans le créer.</translation>
    </message>
    <message>
        <source>%1 would hold %2 objectives, %3 criteria, %4 indicators. Nothing was written (--dry-run).</source>
        <translation>%1 contiendrait %2 objectifs, %3 critères, %4 indicateurs. Rien n’a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>The project has no data service named &quot;%1&quot;; it has none yet.</source>
        <translation>Le projet n’a pas de service de données nommé « %1 » ; il n’en a encore aucun.</translation>
    </message>
    <message>
        <source>The project has no data service named &quot;%1&quot;; its services are: %2.</source>
        <translation>Le projet n’a pas de service de données nommé « %1 » ; ses services sont : %2.</translation>
    </message>
    <message>
        <source>The project has no questionnaire to answer.</source>
        <translation>Le projet n’a pas de questionnaire auquel répondre.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) for %2, %3 question(s) left blank.</source>
        <translation>
            <numerusform>%1 : %n réponse pour %2, %3 question(s) laissée(s) sans réponse.</numerusform>
            <numerusform>%1 : %n réponses pour %2, %3 question(s) laissée(s) sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import measurements from a CSV file, in long form (service, indicator, period, value) or wide form (service, then one column per indicator, with --period), or the description of data services (service, operator, domain, data_role, …); or a whole project in JSON (balise export --json) into a new project file; or, with --answers, the questionnaire an operator filled in for a service. Nothing is written unless the whole file is valid.</source>
        <translation>Importe des mesures depuis un fichier CSV, en format long (service, indicator, period, value) ou large (service, puis une colonne par indicateur, avec --period), ou la description des services de données (service, operator, domain, data_role, …) ; ou un projet entier en JSON (balise export --json) dans un nouveau fichier de projet ; ou, avec --answers, le questionnaire qu’un opérateur a rempli pour un service. Rien n’est écrit si le fichier n’est pas entièrement valide.</translation>
    </message>
    <message>
        <source>The file is the questionnaire answered by this service&apos;s operator (the blank questionnaire&apos;s CSV, filled in).</source>
        <translation>Le fichier est le questionnaire rempli par l’opérateur de ce service (le CSV du questionnaire vierge, complété).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>create a project, empty or from a framework CSV</source>
        <translation>crée un projet, vide ou à partir d&apos;un référentiel CSV</translation>
    </message>
    <message>
        <source>summarise what a project holds</source>
        <translation>résume le contenu d&apos;un projet</translation>
    </message>
    <message>
        <source>check the file and the framework</source>
        <translation>vérifie le fichier et le référentiel</translation>
    </message>
    <message>
        <source>import measurements from a CSV file</source>
        <translation>importe des mesures depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Usage: balise [PROJECT]            open the workbench (on PROJECT when given)</source>
        <translation>Utilisation : balise [PROJET]              ouvre l&apos;atelier (sur PROJET s&apos;il est indiqué)</translation>
    </message>
    <message>
        <source>       balise COMMAND [OPTIONS]    run a command without a window</source>
        <translation>              balise COMMANDE [OPTIONS]    lance une commande sans ouvrir de fenêtre</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>affiche cette aide</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>affiche la version</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 problems found, 2 usage error, 3 unreadable or invalid input (nothing was changed).</source>
        <translation>Codes de sortie : 0 succès, 1 problèmes détectés, 2 erreur d&apos;utilisation, 3 entrée illisible ou invalide (rien n&apos;a été modifié).</translation>
    </message>
    <message>
        <source>Run &quot;balise COMMAND --help&quot; for the options of a command.</source>
        <translation>Lancez « balise COMMANDE --help » pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>score the services on the framework</source>
        <translation>évalue les services selon le référentiel</translation>
    </message>
    <message>
        <source>test how robust the ranking is</source>
        <translation>teste la robustesse du classement</translation>
    </message>
    <message>
        <source>measure the engine on the reference workload</source>
        <translation>mesure les performances du moteur sur la charge de référence</translation>
    </message>
    <message>
        <source>list, export, import or save templates</source>
        <translation>lister, exporter, importer ou enregistrer des modèles</translation>
    </message>
    <message>
        <source>write a report as PDF</source>
        <translation>écrire un rapport en PDF</translation>
    </message>
    <message>
        <source>with PROJECT: save the window as OUT.png and quit (--view framework, vademecum, services, measurements, scorecard, comparison, impacts, reports and more: see balise(1))</source>
        <translation>avec PROJET : enregistre la fenêtre dans OUT.png puis quitte (--view framework, vademecum, services, measurements, scorecard, comparison, impacts, reports et d’autres : voir balise(1))</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Rank 5–95 %</source>
        <translation>Rang 5–95 %</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>Score out of 100; change in points since %1; measured: share of the framework&apos;s weight that has a value.</source>
        <translation>Score sur 100 ; évolution en points depuis %1 ; mesuré : part du poids du référentiel qui a une valeur.</translation>
    </message>
    <message numerus="yes">
        <source>Rank 5–95 %: the ranks the service took in 90 % of the %n replications of the uncertainty analysis (weights drawn at random); 1st: how often it came first.</source>
        <translation>
            <numerusform>Rang 5–95 % : les rangs pris par le service dans 90 % de la %n réplication de l’analyse d’incertitude (poids tirés au hasard) ; 1er : la part des réplications où il est arrivé premier.</numerusform>
            <numerusform>Rang 5–95 % : les rangs pris par le service dans 90 % des %n réplications de l’analyse d’incertitude (poids tirés au hasard) ; 1er : la part des réplications où il est arrivé premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective by objective</source>
        <translation>Objectif par objectif</translation>
    </message>
    <message>
        <source>Comparison of services</source>
        <translation>Comparaison des services</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n service(s)</source>
        <translation>
            <numerusform>Comparaison de %n service</numerusform>
            <numerusform>Comparaison de %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>période %1</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>comparée à %1</translation>
    </message>
    <message numerus="yes">
        <source>ranks among the project&apos;s %n service(s)</source>
        <translation>
            <numerusform>rangs parmi le %n service du projet</numerusform>
            <numerusform>rangs parmi les %n services du projet</numerusform>
        </translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Lead over the second</source>
        <translation>Avance sur le deuxième</translation>
    </message>
    <message>
        <source>points ahead of %1</source>
        <translation>points devant %1</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>points between first and last</source>
        <translation>points entre le premier et le dernier</translation>
    </message>
    <message>
        <source>Uncertainty analysis</source>
        <translation>Analyse d’incertitude</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non lancée</translation>
    </message>
    <message>
        <source>replications</source>
        <translation>réplications</translation>
    </message>
    <message>
        <source>for this period</source>
        <translation>pour cette période</translation>
    </message>
    <message>
        <source>Scores objective by objective</source>
        <translation>Scores objectif par objectif</translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is too large (%1): Balise reads CSV files of up to %2.</source>
        <translation>Le fichier est trop volumineux (%1) : Balise lit les fichiers CSV jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file does not exist.</source>
        <translation>Impossible de lire « %1 » : le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a folder, not a file.</source>
        <translation>Impossible de lire « %1 » : c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is too large (%2); Balise reads CSV files of up to %3.</source>
        <translation>Impossible de lire « %1 » : le fichier est trop volumineux (%2) ; Balise lit les fichiers CSV jusqu&apos;à %3.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>The file is encoded in UTF-16; save it again as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;).</source>
        <translation>Le fichier est encodé en UTF-16 ; enregistrez-le de nouveau en UTF-8 (dans un tableur : « CSV UTF-8 »).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (it may have been saved as Windows-1252 or Latin-1); save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>Le texte n&apos;est pas de l&apos;UTF-8 valide (il a peut-être été enregistré en Windows-1252 ou en Latin-1) ; enregistrez de nouveau le fichier au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>The file holds NUL characters: it is not CSV text (it may be a spreadsheet file or UTF-16 text); save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>Le fichier contient des caractères NUL : ce n&apos;est pas du texte CSV (c&apos;est peut-être un fichier de tableur ou du texte UTF-16) ; enregistrez-le de nouveau au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted cell; inside quotes, write a quote as two quotes (&quot;&quot;).</source>
        <translation>Du texte suit le guillemet fermant d&apos;une cellule entre guillemets ; à l&apos;intérieur des guillemets, écrivez un guillemet en le doublant (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The quote that opens this cell is never closed; add the closing quote (&quot;).</source>
        <translation>Le guillemet qui ouvre cette cellule n&apos;est jamais fermé ; ajoutez le guillemet fermant (&quot;).</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>EntityCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Metropolis</source>
        <translation>Métropole</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Small town</source>
        <translation>Bourg</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>Territoire rural</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Déchets et économie circulaire</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Finances publiques</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>User-oriented</source>
        <translation>Centré sur les usagers</translation>
    </message>
    <message>
        <source>Public policy</source>
        <translation>Politiques publiques</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Introductions to local actors</source>
        <translation>Mise en relation avec les acteurs locaux</translation>
    </message>
    <message>
        <source>Test ground</source>
        <translation>Terrain d&apos;expérimentation</translation>
    </message>
    <message>
        <source>Financial support</source>
        <translation>Soutien financier</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Labellisation</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Politically validated</source>
        <translation>Validé politiquement</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>À maximiser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>À minimiser</translation>
    </message>
    <message>
        <source>Within a target band</source>
        <translation>Dans une fourchette cible</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Quantitatif</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Qualitatif</translation>
    </message>
    <message>
        <source>Framework default</source>
        <translation>Par défaut du référentiel</translation>
    </message>
    <message>
        <source>Distance to target</source>
        <translation>Distance à la cible</translation>
    </message>
    <message>
        <source>Min-max</source>
        <translation>Min-max</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Score z</translation>
    </message>
    <message>
        <source>Percentile rank</source>
        <translation>Rang centile</translation>
    </message>
    <message>
        <source>Weighted arithmetic mean</source>
        <translation>Moyenne arithmétique pondérée</translation>
    </message>
    <message>
        <source>Weighted geometric mean</source>
        <translation>Moyenne géométrique pondérée</translation>
    </message>
    <message>
        <source>Raw material</source>
        <translation>Matière première</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Levier</translation>
    </message>
    <message>
        <source>Strategic asset</source>
        <translation>Actif stratégique</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Free range</source>
        <translation>Période libre</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Régulateur</translation>
    </message>
    <message>
        <source>Data client</source>
        <translation>Client de données</translation>
    </message>
    <message>
        <source>Data re-user</source>
        <translation>Réutilisateur de données</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <source>Commons creator</source>
        <translation>Créateur de communs</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Simplicity</source>
        <translation>Simplicité</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilité</translation>
    </message>
    <message>
        <source>Personal-data capture</source>
        <translation>Captation de données personnelles</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Financial and economic power</source>
        <translation>Puissance financière et économique</translation>
    </message>
    <message>
        <source>Contesting the public actor&apos;s legitimacy</source>
        <translation>Contestation de la légitimité de l&apos;acteur public</translation>
    </message>
    <message>
        <source>New representations of the city</source>
        <translation>Nouvelles représentations de la ville</translation>
    </message>
    <message>
        <source>Independence from public resources</source>
        <translation>Indépendance vis-à-vis des ressources publiques</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Poids égaux</translation>
    </message>
    <message>
        <source>100-point budget</source>
        <translation>Budget de 100 points</translation>
    </message>
    <message>
        <source>Ranking (rank order centroid)</source>
        <translation>Classement (centroïde des rangs)</translation>
    </message>
    <message>
        <source>Pairwise comparison (AHP)</source>
        <translation>Comparaison par paires (AHP)</translation>
    </message>
    <message>
        <source>Several stakeholders</source>
        <translation>Plusieurs parties prenantes</translation>
    </message>
</context>
<context>
    <name>EvaluationBuilder</name>
    <message>
        <source>The framework has no indicator: there is nothing to score. Add indicators to the framework first.</source>
        <translation>Le référentiel ne compte aucun indicateur : il n&apos;y a rien à évaluer. Ajoutez d&apos;abord des indicateurs au référentiel.</translation>
    </message>
    <message>
        <source>The project has no data service to score. Import measurements or a services file first.</source>
        <translation>Le projet ne compte aucun service de données à évaluer. Importez d&apos;abord des mesures ou un fichier de services.</translation>
    </message>
    <message>
        <source>The project has no period. Import measurements first.</source>
        <translation>Le projet ne compte aucune période. Importez d&apos;abord des mesures.</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
</context>
<context>
    <name>EvaluationTable</name>
    <message>
        <source> (%1 %)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>insuffisant</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>%1 %2 #%3</source>
        <translation>%1 %2 #%3</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Scored by min-max across the services, for want of a baseline and a target: %1.</source>
        <translation>Notés par min-max entre les services, faute de valeur de référence et de cible : %1.</translation>
    </message>
    <message>
        <source>Same value for every service, so it cannot tell them apart (scored 50): %1.</source>
        <translation>Même valeur pour tous les services, qui ne peuvent donc pas être départagés (score de 50) : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n data service(s) scored on the framework</source>
        <translation>
            <numerusform>%1 : %n service de données évalué selon le référentiel</numerusform>
            <numerusform>%1 : %n services de données évalués selon le référentiel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for every quantitative indicator</source>
        <translation>%1 pour tous les indicateurs quantitatifs</translation>
    </message>
    <message>
        <source>each indicator&apos;s own (project default: %1)</source>
        <translation>celle de chaque indicateur (par défaut du projet : %1)</translation>
    </message>
    <message>
        <source>Normalization: %1. Aggregation: %2.</source>
        <translation>Normalisation : %1. Agrégation : %2.</translation>
    </message>
    <message>
        <source>Lights: red below %1, amber from %1, green from %2. #: rank among the services. (n %): share of the weight measured, when not all; a score needs %3 %.</source>
        <translation>Feux : rouge sous %1, orange à partir de %1, vert à partir de %2. # : rang parmi les services. (n %) : part du poids mesurée, si elle n&apos;est pas complète ; un score exige %3 %.</translation>
    </message>
    <message>
        <source>Every node&apos;s score, coverage, light and rank: add --format csv or --format json.</source>
        <translation>Score, couverture, feu et rang de chaque élément : ajoutez --format csv ou --format json.</translation>
    </message>
</context>
<context>
    <name>EvolutionReport</name>
    <message>
        <source>Evolution of a service</source>
        <translation>Évolution d’un service</translation>
    </message>
    <message>
        <source>operated by %1</source>
        <translation>exploité par %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>first and latest period with a score</source>
        <translation>première et dernière période avec un score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>points over the periods shown</source>
        <translation>points sur les périodes présentées</translation>
    </message>
    <message>
        <source>Latest rank</source>
        <translation>Dernier rang</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>best: %1</source>
        <translation>meilleur : %1</translation>
    </message>
    <message>
        <source>Scores period by period</source>
        <translation>Scores période par période</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Indicators period by period</source>
        <translation>Indicateurs période par période</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Each value&apos;s dot is the light of its score in that period.</source>
        <translation>La pastille de chaque valeur est le feu de son score dans cette période.</translation>
    </message>
</context>
<context>
    <name>FileImporter</name>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 ne peut pas être lu :
%2</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported:
%2</source>
        <translation>%1 comporte des erreurs ; rien n&apos;a été importé :
%2</translation>
    </message>
    <message>
        <source>%1: data services. Created: %2. Updated: %3. Unchanged: %4.</source>
        <translation>%1 : services de données. Créés : %2. Mis à jour : %3. Inchangés : %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measurement row(s).</source>
        <translation>
            <numerusform>%1 : %n ligne de mesures.</numerusform>
            <numerusform>%1 : %n lignes de mesures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.</source>
        <translation>Mesures : %1 ajoutées, %2 remplacées, %3 inchangées, %4 manquantes.</translation>
    </message>
    <message>
        <source>New services: %1.</source>
        <translation>Nouveaux services : %1.</translation>
    </message>
    <message>
        <source>New periods: %1.</source>
        <translation>Nouvelles périodes : %1.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 n&apos;a pas été importé : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Import measurements or data services</source>
        <translation>Importer des mesures ou des services de données</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Period of the file</source>
        <translation>Période du fichier</translation>
    </message>
    <message>
        <source>This file has one column per indicator: which period are its values for (for example 2025)?</source>
        <translation>Ce fichier a une colonne par indicateur : à quelle période ses valeurs se rapportent-elles (par exemple 2025) ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import it? It is written in one step (a failure leaves the project as it was) and can be undone with Ctrl+Z.</source>
        <translation>L&apos;importer ? L&apos;import est écrit en une seule étape (un échec laisse le projet tel qu&apos;il était) et peut être annulé avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FrameworkChecks</name>
    <message>
        <source>The framework is empty: add objectives, criteria and indicators.</source>
        <translation>Le référentiel est vide : ajoutez des objectifs, des critères et des indicateurs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no indicator beneath it: it cannot be scored.</source>
        <translation>« %1 » n&apos;a aucun indicateur en dessous : son score ne peut pas être calculé.</translation>
    </message>
    <message>
        <source>Every child of &quot;%1&quot; weighs zero: it cannot be scored.</source>
        <translation>Tous les éléments placés sous « %1 » ont un poids nul : son score ne peut pas être calculé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 indicators (more than %3): readers will lose the thread.</source>
        <translation>« %1 » compte %2 indicateurs (plus de %3) : le lecteur risque de perdre le fil.</translation>
    </message>
    <message>
        <source>The objective &quot;%1&quot; is not linked to any need, principle or field of the vade-mecum.</source>
        <translation>L&apos;objectif « %1 » n&apos;est relié à aucun besoin, principe ou point d&apos;attention du vade-mecum.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; weighs zero: it does not count in the score.</source>
        <translation>L&apos;indicateur « %1 » a un poids nul : il ne compte pas dans le score.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no baseline or no target: it will be scored against the other services (min-max) instead of its target.</source>
        <translation>L&apos;indicateur « %1 » n&apos;a pas de valeur de référence ou pas de cible : il sera noté par comparaison avec les autres services (min-max) et non par rapport à sa cible.</translation>
    </message>
    <message>
        <source>The baseline and the target of &quot;%1&quot; are equal: distance to target cannot be measured.</source>
        <translation>La valeur de référence et la cible de « %1 » sont égales : la distance à la cible ne peut pas être mesurée.</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; goes against its direction (%2).</source>
        <translation>La cible de « %1 » va à l&apos;encontre de son sens souhaité (%2).</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no measurement in any period.</source>
        <translation>L&apos;indicateur « %1 » n&apos;a été mesuré sur aucune période.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) still need their six qualities rated: %1.</source>
        <translation>
            <numerusform>%n indicateur doit encore être noté sur ses six qualités : %1.</numerusform>
            <numerusform>%n indicateurs doivent encore être notés sur leurs six qualités : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The framework holds %1 indicators (more than %2): consider keeping only the most useful.</source>
        <translation>Le référentiel compte %1 indicateurs (plus de %2) : envisagez de ne garder que les plus utiles.</translation>
    </message>
    <message>
        <source>The top level of the framework holds %1 indicators (more than %2): group them under criteria.</source>
        <translation>Le niveau supérieur du référentiel compte %1 indicateurs (plus de %2) : regroupez-les sous des critères.</translation>
    </message>
    <message>
        <source>Relevance doubt on &quot;%1&quot;: a node above it weighs zero, so it does not count in the score.</source>
        <translation>Doute sur la pertinence de « %1 » : un élément au-dessus de lui a un poids nul, il ne compte donc pas dans le score.</translation>
    </message>
    <message>
        <source>Robustness doubt on &quot;%1&quot;: no service has a value in %2 of the %3 periods.</source>
        <translation>Doute sur la robustesse de « %1 » : aucun service n&apos;a de valeur sur %2 des %3 périodes.</translation>
    </message>
    <message>
        <source>Sensitivity doubt on &quot;%1&quot;: it has the same value for every service in every period.</source>
        <translation>Doute sur la sensibilité de « %1 » : il a la même valeur pour tous les services sur toutes les périodes.</translation>
    </message>
    <message>
        <source>Sensitivity doubt on &quot;%1&quot;: its values barely vary across services and periods (coefficient of variation %2 %).</source>
        <translation>Doute sur la sensibilité de « %1 » : ses valeurs varient à peine d&apos;un service ou d&apos;une période à l&apos;autre (coefficient de variation de %2 %).</translation>
    </message>
    <message>
        <source>Utility doubt on &quot;%1&quot;: it moves with its sibling &quot;%2&quot; (correlation %3 over %4 values); one of the two may be enough.</source>
        <translation>Doute sur l&apos;utilité de « %1 » : il évolue comme son voisin « %2 » (corrélation de %3 sur %4 valeurs) ; l&apos;un des deux peut suffire.</translation>
    </message>
    <message>
        <source>Relevance doubt on &quot;%1&quot;: it is not linked to any need, principle or field of the vade-mecum.</source>
        <translation>Doute sur la pertinence de « %1 » : il n&apos;est relié à aucun besoin, principe ou point d&apos;attention du vade-mecum.</translation>
    </message>
    <message>
        <source>Value doubt on &quot;%1&quot;: it takes %2 % of the collection cost for %3 % of the weight.</source>
        <translation>Doute sur la valeur de « %1 » : il représente %2 % du coût de collecte pour %3 % du poids.</translation>
    </message>
</context>
<context>
    <name>FrameworkCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>This objective, criterion or indicator no longer exists.</source>
        <translation>Cet objectif, ce critère ou cet indicateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Coller %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Coller %n nœud</numerusform>
            <numerusform>Coller %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkCsvReader</name>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as yyyy-MM-dd (for example 2030-12-31).</source>
        <translation>« %1 » n&apos;est pas une date ; écrivez les dates sous la forme AAAA-MM-JJ (par exemple 2030-12-31).</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2.</source>
        <translation>Cette ligne compte %1 cellules alors que l&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>The level is missing; write objective, criterion or indicator.</source>
        <translation>Le niveau manque ; écrivez objective, criterion ou indicator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level; write objective, criterion or indicator.</source>
        <translation>« %1 » n&apos;est pas un niveau ; écrivez objective, criterion ou indicator.</translation>
    </message>
    <message>
        <source>The code is missing.</source>
        <translation>Le code manque.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is longer than 64 characters.</source>
        <translation>Le code « %1 » dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Le nom manque.</translation>
    </message>
    <message>
        <source>The weight must be zero or more.</source>
        <translation>Le poids doit être positif ou nul.</translation>
    </message>
    <message>
        <source>The columns %1 only apply to indicators; they are ignored for &quot;%2&quot;.</source>
        <translation>Les colonnes %1 ne s&apos;appliquent qu&apos;aux indicateurs ; elles sont ignorées pour « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction; write higher, lower or band (or 1, -1).</source>
        <translation>« %1 » n&apos;est pas un sens ; écrivez higher, lower ou band (ou 1, -1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of indicator; write quantitative or qualitative.</source>
        <translation>« %1 » n&apos;est pas un type d&apos;indicateur ; écrivez quantitative ou qualitative.</translation>
    </message>
    <message>
        <source>Levels only apply to qualitative indicators; set the kind to qualitative or leave the levels empty.</source>
        <translation>Les niveaux ne s&apos;appliquent qu&apos;aux indicateurs qualitatifs ; indiquez le type qualitative ou laissez les niveaux vides.</translation>
    </message>
    <message>
        <source>The rating of %1 is a whole number from 0 to 4, not &quot;%2&quot;.</source>
        <translation>La note de la qualité « %1 » est un nombre entier de 0 à 4, pas « %2 ».</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used on line %2.</source>
        <translation>Le code « %1 » est déjà utilisé à la ligne %2.</translation>
    </message>
    <message>
        <source>The parent &quot;%1&quot; is not the code of any line of this file.</source>
        <translation>Le parent « %1 » n&apos;est le code d&apos;aucune ligne de ce fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be its own parent.</source>
        <translation>« %1 » ne peut pas être son propre parent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed under the indicator &quot;%2&quot;: indicators have no children.</source>
        <translation>« %1 » ne peut pas être placé sous l&apos;indicateur « %2 » : un indicateur ne peut contenir aucun élément.</translation>
    </message>
    <message>
        <source>The parents form a loop (%1): one of these nodes must be top-level or hang under another node.</source>
        <translation>Les parents forment une boucle (%1) : l&apos;un de ces éléments doit être placé au premier niveau ou sous un autre élément.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns level, code and name, then one line per objective, criterion or indicator.</source>
        <translation>Le fichier est vide : il lui faut une ligne d&apos;en-tête nommant les colonnes level, code et name, puis une ligne par objectif, critère ou indicateur.</translation>
    </message>
    <message>
        <source>The header lacks the required column(s) %1; it needs level, code and name.</source>
        <translation>Il manque à l&apos;en-tête la ou les colonnes obligatoires %1 ; il doit comporter level, code et name.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>La colonne « %1 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not one Balise knows; it is ignored.</source>
        <translation>La colonne « %1 » est inconnue de Balise ; elle est ignorée.</translation>
    </message>
    <message>
        <source>The file has a header but no objective, criterion or indicator.</source>
        <translation>Le fichier a un en-tête mais aucun objectif, critère ou indicateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a normalisation; write %2.</source>
        <translation>« %1 » n&apos;est pas une normalisation ; écrivez %2.</translation>
    </message>
</context>
<context>
    <name>FrameworkDetails</name>
    <message>
        <source>Need: %1</source>
        <translation>Besoin : %1</translation>
    </message>
    <message>
        <source>Principle: %1</source>
        <translation>Principe : %1</translation>
    </message>
    <message>
        <source>Field of attention: %1</source>
        <translation>Point d&apos;attention : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens souhaité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <source>Levels, worst to best</source>
        <translation>Niveaux, du moins bon au meilleur</translation>
    </message>
    <message>
        <source>Target band</source>
        <translation>Fourchette cible</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Score 0 at a distance of</source>
        <translation>Score nul à une distance de</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Collection cost</source>
        <translation>Coût de collecte</translation>
    </message>
    <message>
        <source>Baseline and target</source>
        <translation>Valeur de référence et cible</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>red below %1, green from %2</source>
        <translation>rouge sous %1, vert à partir de %2</translation>
    </message>
    <message>
        <source>red below %1, green from %2 (the project&apos;s)</source>
        <translation>rouge sous %1, vert à partir de %2 (seuils du projet)</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>Feu tricolore</translation>
    </message>
    <message>
        <source>Quality of the indicator</source>
        <translation>Qualité de l&apos;indicateur</translation>
    </message>
    <message>
        <source>%1 / 4</source>
        <translation>%1 / 4</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>%1 of %2 expected (%3 services × %4 periods)</source>
        <translation>%1 sur %2 attendues (%3 services × %4 périodes)</translation>
    </message>
    <message>
        <source>Recorded as missing</source>
        <translation>Déclarées manquantes</translation>
    </message>
    <message>
        <source>Evaluation framework</source>
        <translation>Référentiel d&apos;évaluation</translation>
    </message>
    <message>
        <source>Objectives, criteria and indicators against which the data services are evaluated.</source>
        <translation>Objectifs, critères et indicateurs au regard desquels les services de données sont évalués.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>%1 (%2 qualitative)</source>
        <translation>%1 (dont %2 qualitatifs)</translation>
    </message>
    <message>
        <source>Levels in the tree</source>
        <translation>Niveaux de l&apos;arborescence</translation>
    </message>
    <message>
        <source>Evaluation settings</source>
        <translation>Paramètres d&apos;évaluation</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>red below %1, amber, green from %2</source>
        <translation>rouge sous %1, orange, vert à partir de %2</translation>
    </message>
    <message>
        <source>Minimum coverage</source>
        <translation>Couverture minimale</translation>
    </message>
    <message>
        <source>Readability limits</source>
        <translation>Limites de lisibilité</translation>
    </message>
    <message>
        <source>%1 indicators per criterion, %2 in the framework</source>
        <translation>%1 indicateurs par critère, %2 dans le référentiel</translation>
    </message>
    <message>
        <source>The framework is empty.</source>
        <translation>Le référentiel est vide.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>No problem found in the framework.</source>
        <translation>Aucun problème trouvé dans le référentiel.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>the framework (top level)</source>
        <translation>le référentiel (premier niveau)</translation>
    </message>
    <message>
        <source>%1 (%2 of its level)</source>
        <translation>%1 (%2 de son niveau)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Serves in the vade-mecum</source>
        <translation>Liens avec le vade-mecum</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Nothing under this node yet.</source>
        <translation>Rien sous cet élément pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>FrameworkDocumentReport</name>
    <message>
        <source>Not written yet.</source>
        <translation>Pas encore rédigé.</translation>
    </message>
    <message>
        <source>No revision of the vade-mecum has been recorded: this document shows the current draft.</source>
        <translation>Aucune révision du vade-mecum n’a été enregistrée : ce document montre le brouillon en cours.</translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Révision %1 du %2</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, par %1</translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <source>The vade-mecum</source>
        <translation>Le vade-mecum</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Besoins prioritaires</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <source>Resources offered and their conditions</source>
        <translation>Ressources mises à disposition et leurs conditions</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions :</translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures de l’acteur public</translation>
    </message>
    <message>
        <source>The evaluation framework</source>
        <translation>Le référentiel d’évaluation</translation>
    </message>
    <message>
        <source>%1 objectives, %2 criteria, %3 indicators. Scores from 0 to 100: red below %4, green from %5. Weights are shown with their share among their siblings.</source>
        <translation>%1 objectifs, %2 critères, %3 indicateurs. Scores de 0 à 100 : rouge sous %4, vert à partir de %5. Les poids sont suivis de leur part parmi les nœuds de même niveau.</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>Critère / indicateur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Référence → cible</translation>
    </message>
    <message>
        <source>Rob.</source>
        <translation>Rob.</translation>
    </message>
    <message>
        <source>Sen.</source>
        <translation>Sen.</translation>
    </message>
    <message>
        <source>Sim.</source>
        <translation>Sim.</translation>
    </message>
    <message>
        <source>Rel.</source>
        <translation>Pert.</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Use.</source>
        <translation>Util.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Sert : %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Porteur : %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Qualities of each indicator, rated 0 to 4: Rob. robustness, Sen. sensitivity, Sim. simplicity, Rel. relevance, Val. value for its cost, Use. usefulness to the decision.</source>
        <translation>Qualités de chaque indicateur, notées de 0 à 4 : Rob. robustesse, Sen. sensibilité, Sim. simplicité, Pert. pertinence, Val. valeur au regard de son coût, Util. utilité pour la décision.</translation>
    </message>
    <message>
        <source>Vade-mecum and framework</source>
        <translation>Vade-mecum et référentiel</translation>
    </message>
    <message>
        <source>Vade-mecum and evaluation framework</source>
        <translation>Vade-mecum et référentiel d’évaluation</translation>
    </message>
    <message>
        <source>, %1 inhabitants</source>
        <translation>, %1 habitants</translation>
    </message>
</context>
<context>
    <name>FrameworkFromVadeMecum</name>
    <message>
        <source>O</source>
        <comment>code prefix of a new objective</comment>
        <translation>O</translation>
    </message>
</context>
<context>
    <name>FrameworkPaste</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Il n&apos;y a rien à coller.</translation>
    </message>
    <message>
        <source>Select the objective to paste the criterion &quot;%1&quot; into.</source>
        <translation>Sélectionnez l&apos;objectif où coller le critère « %1 ».</translation>
    </message>
    <message>
        <source>Select the objective or criterion to paste the indicator &quot;%1&quot; into.</source>
        <translation>Sélectionnez l&apos;objectif ou le critère où coller l&apos;indicateur « %1 ».</translation>
    </message>
</context>
<context>
    <name>ImpactAccountDetails</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Bilans des impacts</translation>
    </message>
    <message>
        <source>Costs and benefits per unit of activity, split between society and the user.</source>
        <translation>Coûts et bénéfices par unité d&apos;activité, répartis entre la société et l&apos;usager.</translation>
    </message>
    <message>
        <source>No impact account yet.</source>
        <translation>Aucun bilan des impacts pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit of activity</source>
        <translation>Unité d&apos;activité</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Impact account</source>
        <translation>Bilan des impacts</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Discount rate per period</source>
        <translation>Taux d&apos;actualisation par période</translation>
    </message>
    <message>
        <source>Costs and benefits per unit</source>
        <translation>Coûts et bénéfices par unité</translation>
    </message>
    <message>
        <source>No line yet.</source>
        <translation>Aucune ligne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Par unité</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Porté par</translation>
    </message>
    <message>
        <source>Net for society</source>
        <translation>Solde pour la société</translation>
    </message>
    <message>
        <source>Net for the user</source>
        <translation>Solde pour l&apos;usager</translation>
    </message>
    <message>
        <source>Net per unit</source>
        <translation>Solde par unité</translation>
    </message>
    <message>
        <source>Volume of activity</source>
        <translation>Volume d&apos;activité</translation>
    </message>
    <message>
        <source>No volume yet.</source>
        <translation>Aucun volume pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>society</source>
        <translation>société</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usager</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>discount rate %1 per period</source>
        <translation>taux d’actualisation %1 par période</translation>
    </message>
    <message>
        <source>investment %1</source>
        <translation>investissement %1</translation>
    </message>
    <message>
        <source>This account cannot be computed: a value, a volume or its rate is not usable.</source>
        <translation>Ce bilan ne peut pas être calculé : une valeur, un volume ou son taux n’est pas utilisable.</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Par unité</translation>
    </message>
    <message>
        <source>society %1 · user %2</source>
        <translation>société %1 · usager %2</translation>
    </message>
    <message>
        <source>Over the periods</source>
        <translation>Sur les périodes</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), undiscounted</source>
        <translation>
            <numerusform>%n période, sans actualisation</numerusform>
            <numerusform>%n périodes, sans actualisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Valeur actuelle nette</translation>
    </message>
    <message>
        <source>after the investment</source>
        <translation>après l’investissement</translation>
    </message>
    <message>
        <source>Internal rate of return</source>
        <translation>Taux de rentabilité interne</translation>
    </message>
    <message>
        <source>the lowest of several</source>
        <translation>le plus bas de plusieurs</translation>
    </message>
    <message>
        <source>per period</source>
        <translation>par période</translation>
    </message>
    <message>
        <source>none: the flows never repay it</source>
        <translation>aucun : les flux ne le remboursent jamais</translation>
    </message>
    <message>
        <source>Cost or benefit</source>
        <translation>Coût ou bénéfice</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>À la charge de</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Bilans des impacts</translation>
    </message>
    <message>
        <source>Costs and benefits of each unit of activity, for society and for the user, times the volume of each period; the net present value discounts each period&apos;s flow and deducts the investment.</source>
        <translation>Coûts et bénéfices de chaque unité d’activité, pour la société et pour l’usager, multipliés par le volume de chaque période ; la valeur actuelle nette actualise le flux de chaque période et déduit l’investissement.</translation>
    </message>
    <message>
        <source>The project has no impact account yet.</source>
        <translation>Le projet n’a pas encore de bilan des impacts.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>ImportErrorList</name>
    <message>
        <source>… and 1 more error.</source>
        <translation>… et 1 autre erreur.</translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation>… et %1 autres erreurs.</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>The language applies when Balise is next started.</source>
        <translation>La langue s&apos;applique au prochain démarrage de Balise.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>LightStyle</name>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>données insuffisantes</translation>
    </message>
</context>
<context>
    <name>MeasurementCommands</name>
    <message>
        <source>Edit a measurement</source>
        <translation>Modifier une mesure</translation>
    </message>
</context>
<context>
    <name>MeasurementCsvReader</name>
    <message>
        <source>The indicator code is missing.</source>
        <translation>Le code de l&apos;indicateur manque.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the code of an indicator of the framework.</source>
        <translation>« %1 » n&apos;est le code d&apos;aucun indicateur du référentiel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator of the framework but an element of kind %2: it cannot be measured.</source>
        <translation>« %1 » n&apos;est pas un indicateur du référentiel mais un élément de type %2 : il ne peut pas être mesuré.</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2.</source>
        <translation>Cette ligne compte %1 cellules alors que l&apos;en-tête en compte %2.</translation>
    </message>
    <message>
        <source>The measurement of &quot;%1&quot; for service &quot;%2&quot; in period &quot;%3&quot; already appears on line %4.</source>
        <translation>La mesure de « %1 » pour le service « %2 » sur la période « %3 » figure déjà à la ligne %4.</translation>
    </message>
    <message>
        <source>The service name is missing.</source>
        <translation>Le nom du service manque.</translation>
    </message>
    <message>
        <source>The period is missing.</source>
        <translation>La période manque.</translation>
    </message>
    <message>
        <source>The confidence must lie between 0 and 1.</source>
        <translation>L&apos;indice de confiance doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>This column holds values but no indicator code.</source>
        <translation>Cette colonne contient des valeurs mais pas de code d&apos;indicateur.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; already has column %2.</source>
        <translation>L&apos;indicateur « %1 » a déjà la colonne %2.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming its columns, then one line per measurement or per service.</source>
        <translation>Le fichier est vide : il lui faut une ligne d&apos;en-tête nommant ses colonnes, puis une ligne par mesure ou par service.</translation>
    </message>
    <message>
        <source>The header must either name the columns service, indicator, period and value, or start with service followed by one column per indicator code.</source>
        <translation>L&apos;en-tête doit soit nommer les colonnes service, indicator, period et value, soit commencer par service suivi d&apos;une colonne par code d&apos;indicateur.</translation>
    </message>
    <message>
        <source>The header has no period column and no period was given for the whole file.</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne period et aucune période n&apos;a été indiquée pour l&apos;ensemble du fichier.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>La colonne « %1 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not one Balise knows; it is ignored.</source>
        <translation>La colonne « %1 » est inconnue de Balise ; elle est ignorée.</translation>
    </message>
    <message>
        <source>This file has one column per indicator: give the period its values belong to.</source>
        <translation>Ce fichier a une colonne par indicateur : indiquez la période à laquelle ses valeurs se rapportent.</translation>
    </message>
    <message>
        <source>The file has a header but no measurement.</source>
        <translation>Le fichier a un en-tête mais aucune mesure.</translation>
    </message>
</context>
<context>
    <name>MeasurementText</name>
    <message>
        <source>&quot;%1&quot; is not a level of &quot;%2&quot;; write one of %3, or its number from 1 to %4.</source>
        <translation>« %1 » n&apos;est pas un niveau de « %2 » ; écrivez l&apos;un des niveaux %3, ou son numéro de 1 à %4.</translation>
    </message>
</context>
<context>
    <name>ModelValidator</name>
    <message>
        <source>Every objective, criterion and indicator needs a code.</source>
        <translation>Chaque objectif, critère et indicateur doit avoir un code.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is longer than 64 characters.</source>
        <translation>Le code « %1 » dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by &quot;%2&quot;.</source>
        <translation>Le code « %1 » est déjà utilisé par « %2 ».</translation>
    </message>
    <message>
        <source>The node &quot;%1&quot; needs a name.</source>
        <translation>L&apos;élément « %1 » doit avoir un nom.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a number of zero or more.</source>
        <translation>Le poids de « %1 » doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>The parent of &quot;%1&quot; does not exist.</source>
        <translation>L&apos;élément parent de « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed under the indicator &quot;%2&quot;: indicators have no children.</source>
        <translation>« %1 » ne peut pas être placé sous l&apos;indicateur « %2 » : un indicateur ne peut contenir aucun élément.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed inside itself.</source>
        <translation>« %1 » ne peut pas être placé à l&apos;intérieur de lui-même.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has children and cannot become an indicator.</source>
        <translation>« %1 » contient d&apos;autres éléments et ne peut pas devenir un indicateur.</translation>
    </message>
    <message>
        <source>Baseline, target, band and cost must be ordinary numbers.</source>
        <translation>La valeur de référence, la cible, la fourchette et le coût doivent être des nombres valides.</translation>
    </message>
    <message>
        <source>The collection cost cannot be negative.</source>
        <translation>Le coût de collecte ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The target date comes before the baseline date.</source>
        <translation>La date de la cible précède celle de la valeur de référence.</translation>
    </message>
    <message>
        <source>An indicator with a target band needs the band&apos;s low and high bounds.</source>
        <translation>Un indicateur avec une fourchette cible doit avoir les bornes basse et haute de la fourchette.</translation>
    </message>
    <message>
        <source>The low bound of the target band is above its high bound.</source>
        <translation>La borne basse de la fourchette cible dépasse sa borne haute.</translation>
    </message>
    <message>
        <source>The distance at which the score falls to 0 must be positive.</source>
        <translation>La distance à laquelle le score tombe à 0 doit être positive.</translation>
    </message>
    <message>
        <source>A qualitative indicator needs at least two ordered levels.</source>
        <translation>Un indicateur qualitatif doit avoir au moins deux niveaux ordonnés.</translation>
    </message>
    <message>
        <source>Every qualitative level needs a label.</source>
        <translation>Chaque niveau qualitatif doit avoir un libellé.</translation>
    </message>
    <message>
        <source>The level &quot;%1&quot; appears twice.</source>
        <translation>Le niveau « %1 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>The score of level &quot;%1&quot; must lie between 0 and 100.</source>
        <translation>Le score du niveau « %1 » doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>Levels must be ordered from worst to best: &quot;%1&quot; scores below the level before it.</source>
        <translation>Les niveaux doivent être rangés du moins bon au meilleur : « %1 » a un score inférieur au niveau précédent.</translation>
    </message>
    <message>
        <source>Give a score to every level or to none (even spacing).</source>
        <translation>Donnez un score à tous les niveaux ou à aucun (ils sont alors régulièrement espacés).</translation>
    </message>
    <message>
        <source>Traffic-light thresholds must satisfy 0 ≤ red &lt; green ≤ 100.</source>
        <translation>Les seuils du feu tricolore doivent respecter 0 ≤ rouge &lt; vert ≤ 100.</translation>
    </message>
    <message>
        <source>The rating of %1 must lie between 0 and 4.</source>
        <translation>La note de la qualité « %1 » doit être comprise entre 0 et 4.</translation>
    </message>
    <message>
        <source>A period needs a label.</source>
        <translation>Une période doit avoir un libellé.</translation>
    </message>
    <message>
        <source>There is already a period &quot;%1&quot;.</source>
        <translation>Il existe déjà une période « %1 ».</translation>
    </message>
    <message>
        <source>Give both the start and the end of period &quot;%1&quot;, or neither.</source>
        <translation>Indiquez à la fois le début et la fin de la période « %1 », ou aucun des deux.</translation>
    </message>
    <message>
        <source>Period &quot;%1&quot; ends before it starts.</source>
        <translation>La période « %1 » se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The dates of period &quot;%1&quot; are not plausible.</source>
        <translation>Les dates de la période « %1 » ne sont pas plausibles.</translation>
    </message>
    <message>
        <source>A data service needs a name.</source>
        <translation>Un service de données doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a data service named &quot;%1&quot;.</source>
        <translation>Il existe déjà un service de données nommé « %1 ».</translation>
    </message>
    <message>
        <source>Unknown posture.</source>
        <translation>Posture inconnue.</translation>
    </message>
    <message>
        <source>Destabilisation ratings lie between 0 and 4.</source>
        <translation>Les notes de déstabilisation sont comprises entre 0 et 4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator: it cannot be measured.</source>
        <translation>« %1 » n&apos;est pas un indicateur : il ne peut pas être mesuré.</translation>
    </message>
    <message>
        <source>Confidence lies between 0 and 1.</source>
        <translation>L&apos;indice de confiance est compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>A missing measurement carries no value.</source>
        <translation>Une mesure manquante n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects one of its levels.</source>
        <translation>« %1 » attend l&apos;un de ses niveaux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects a number.</source>
        <translation>« %1 » attend un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects an ordinary number, not infinity or NaN.</source>
        <translation>« %1 » attend un nombre valide, pas l&apos;infini ni NaN.</translation>
    </message>
    <message>
        <source>The minimum coverage lies between 0 % and 100 %.</source>
        <translation>La couverture minimale est comprise entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>Readability thresholds must be at least 1.</source>
        <translation>Les seuils de lisibilité doivent valoir au moins 1.</translation>
    </message>
    <message>
        <source>Choose a normalisation method for the framework.</source>
        <translation>Choisissez une méthode de normalisation pour le référentiel.</translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation>Le projet doit avoir un titre.</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>La population ne peut pas être négative.</translation>
    </message>
    <message>
        <source>An impact account needs a name.</source>
        <translation>Un bilan des impacts doit avoir un nom.</translation>
    </message>
    <message>
        <source>The discount rate must lie between -100 % and 100 %.</source>
        <translation>Le taux d&apos;actualisation doit être compris entre -100 % et 100 %.</translation>
    </message>
    <message>
        <source>The investment must be a number of zero or more.</source>
        <translation>L&apos;investissement doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>Every cost or benefit line needs a label.</source>
        <translation>Chaque ligne de coût ou de bénéfice doit avoir un libellé.</translation>
    </message>
    <message>
        <source>The value per unit of &quot;%1&quot; is not an ordinary number.</source>
        <translation>La valeur par unité de « %1 » n&apos;est pas un nombre valide.</translation>
    </message>
    <message>
        <source>Volumes are numbers of zero or more.</source>
        <translation>Les volumes sont des nombres positifs ou nuls.</translation>
    </message>
    <message>
        <source>A period has two volumes.</source>
        <translation>Une même période a deux volumes.</translation>
    </message>
    <message>
        <source>Say who validated this revision.</source>
        <translation>Indiquez qui a validé cette révision.</translation>
    </message>
    <message>
        <source>Say when this revision was validated.</source>
        <translation>Indiquez quand cette révision a été validée.</translation>
    </message>
    <message>
        <source>A revision cannot be validated before it was written.</source>
        <translation>Une révision ne peut pas être validée avant d&apos;avoir été rédigée.</translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation>Une question doit avoir un texte.</translation>
    </message>
    <message>
        <source>A choice question needs at least two choices.</source>
        <translation>Une question à choix doit proposer au moins deux choix.</translation>
    </message>
    <message>
        <source>The scale&apos;s lowest value must be below its highest.</source>
        <translation>La valeur la plus basse de l&apos;échelle doit être inférieure à la plus haute.</translation>
    </message>
    <message>
        <source>The weight of a question must be a number of zero or more.</source>
        <translation>Le poids d&apos;une question doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>The name &quot;%1…&quot; (%2) is longer than %3 characters.</source>
        <translation>Le nom « %1… » (%2) dépasse %3 caractères.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; (%2) holds a line break or a control character.</source>
        <translation>Le nom « %1 » (%2) contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The text of %1 is longer than %2 characters.</source>
        <translation>Le texte de %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>A code holds a line break or a control character.</source>
        <translation>Un code contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; is above %2.</source>
        <translation>Le poids de « %1 » dépasse %2.</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>une période</translation>
    </message>
    <message>
        <source>a data service</source>
        <translation>un service de données</translation>
    </message>
    <message>
        <source>a measurement&apos;s comment</source>
        <translation>le commentaire d’une mesure</translation>
    </message>
    <message>
        <source>a measurement&apos;s source</source>
        <translation>la source d’une mesure</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>the territory</source>
        <translation>le territoire</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un titre</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>&quot;%1&quot; uses a %2 as decimal mark but &quot;%3&quot; on line %4 uses a %5; use one decimal mark in the whole file.</source>
        <translation>« %1 » utilise le séparateur décimal %2, mais « %3 », ligne %4, utilise le séparateur %5 ; utilisez un seul séparateur décimal dans tout le fichier.</translation>
    </message>
    <message>
        <source>A number is expected here.</source>
        <translation>Un nombre est attendu ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary number; NaN and infinity cannot be used.</source>
        <translation>« %1 » n&apos;est pas un nombre valide ; NaN et l&apos;infini ne peuvent pas être utilisés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number written with a %2 as decimal mark.</source>
        <translation>« %1 » n&apos;est pas un nombre écrit avec le séparateur décimal %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: numbers must lie between -10^15 and 10^15.</source>
        <translation>« %1 » est hors limites : les nombres doivent être compris entre -10^15 et 10^15.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
</context>
<context>
    <name>OneAtATimeReport</name>
    <message>
        <source>One weight at a time, ±%1 % (siblings renormalised): change of the overall scores, in points, and of the ranks.</source>
        <translation>Un poids à la fois, ±%1 % (éléments de même parent renormalisés) : variation des scores globaux, en points, et des rangs.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), up to %1 place(s)</source>
        <translation>
            <numerusform>%n service, jusqu&apos;à %1 place(s)</numerusform>
            <numerusform>%n services, jusqu&apos;à %1 place(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>weight moved</source>
        <translation>poids modifié</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>ranks</source>
        <translation>rangs</translation>
    </message>
</context>
<context>
    <name>PeriodDetails</name>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>The periods in which measurements are taken.</source>
        <translation>Les périodes au cours desquelles les mesures sont relevées.</translation>
    </message>
    <message>
        <source>No period yet. Importing measurements creates the periods they name.</source>
        <translation>Aucune période pour l&apos;instant. L&apos;import de mesures crée les périodes qu&apos;elles mentionnent.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation>%1 sur %2 attendues</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Values of the indicators for each service and period.</source>
        <translation>Valeurs des indicateurs pour chaque service et chaque période.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Par période</translation>
    </message>
    <message>
        <source>Measurements — %1</source>
        <translation>Mesures — %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Values recorded as missing or not applicable</source>
        <translation>Valeurs déclarées manquantes ou sans objet</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>ProjectCreation</name>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 existe déjà : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 already exists: choose another name or remove it first.</source>
        <translation>%1 existe déjà : choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a project.</source>
        <translation>%1 est endommagé : il ne peut pas être lu comme un projet.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Balise project.</source>
        <translation>%1 est un dossier, pas un projet Balise.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Balise project.</source>
        <translation>%1 est vide : ce n&apos;est pas un projet Balise.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 is not a Balise project.</source>
        <translation>%1 n&apos;est pas un projet Balise.</translation>
    </message>
    <message>
        <source>%1 is truncated: it is not a whole Balise project.</source>
        <translation>%1 est tronqué : ce n&apos;est pas un projet Balise complet.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation>%1 est endommagé : son en-tête n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Balise project.</source>
        <translation>%1 est une base de données, mais pas un projet Balise.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Balise (file format %2; this version reads up to %3). It was not changed.</source>
        <translation>%1 a été enregistré par une version plus récente de Balise (format de fichier %2 ; cette version lit jusqu&apos;au format %3). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation>%1 est endommagé : la version de son format manque.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: records refer to missing records in table %2.</source>
        <translation>%1 est endommagé : des enregistrements renvoient à des enregistrements absents de la table %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: the table &quot;%2&quot; is missing.</source>
        <translation>%1 est endommagé : la table « %2 » manque.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 est en lecture seule.</translation>
    </message>
    <message>
        <source>Balise cannot write in the folder of %1.</source>
        <translation>Balise ne peut pas écrire dans le dossier de %1.</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4).</source>
        <translation>%1 est déjà ouvert dans %2 (processus %3 sur %4).</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2.</source>
        <translation>Impossible d&apos;écrire dans %1 : %2.</translation>
    </message>
    <message>
        <source>the copy did not pass the integrity check</source>
        <translation>la copie n&apos;a pas passé le contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Impossible d&apos;enregistrer une copie dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1.</source>
        <translation>Impossible d&apos;enregistrer une copie dans %1.</translation>
    </message>
    <message>
        <source>%1 holds SQL code that Balise does not write (a trigger or a view): it may have been tampered with, and was not opened.</source>
        <translation>%1 contient du code SQL que Balise n’écrit pas (un déclencheur ou une vue) : il a pu être trafiqué, et n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program after Balise opened it: the change was not saved. Save the project under another name (Save As) to keep your work.</source>
        <translation>%1 a été supprimé ou déplacé par un autre programme après son ouverture dans Balise : la modification n’a pas été enregistrée. Enregistrez le projet sous un autre nom (Enregistrer sous) pour garder votre travail.</translation>
    </message>
    <message>
        <source>%1 was replaced by another program after Balise opened it: the change was not saved, and the new file was left as it is. Save the project under another name (Save As) to keep your work.</source>
        <translation>%1 a été remplacé par un autre programme après son ouverture dans Balise : la modification n’a pas été enregistrée, et le nouveau fichier a été laissé tel quel. Enregistrez le projet sous un autre nom (Enregistrer sous) pour garder votre travail.</translation>
    </message>
    <message>
        <source>%1 was being written when Balise or the computer stopped, and its last saved state cannot be restored from here: open it for writing once.</source>
        <translation>%1 était en cours d’écriture quand Balise ou l’ordinateur s’est arrêté, et son dernier état enregistré ne peut pas être restauré d’ici : ouvrez-le une fois en écriture.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: the disk is full. Free some space, or choose another disk, and save again.</source>
        <translation>Impossible d’enregistrer une copie dans %1 : le disque est plein. Libérez de la place, ou choisissez un autre disque, puis enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ProjectJson</name>
    <message>
        <source>&quot;%1&quot; is not a keyword Balise knows.</source>
        <translation>« %1 » n’est pas un mot-clé que Balise connaît.</translation>
    </message>
    <message>
        <source>No service is called &quot;%1&quot;.</source>
        <translation>Aucun service ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>No period is labelled &quot;%1&quot;.</source>
        <translation>Aucune période n’a pour libellé « %1 ».</translation>
    </message>
    <message>
        <source>No objective, criterion or indicator has the code &quot;%1&quot;.</source>
        <translation>Aucun objectif, critère ou indicateur n’a le code « %1 ».</translation>
    </message>
    <message>
        <source>An answer is to question %1, which the questionnaire does not have.</source>
        <translation>Une réponse porte sur la question %1, que le questionnaire n’a pas.</translation>
    </message>
    <message>
        <source>The measurements&apos; columns are not those of this format.</source>
        <translation>Les colonnes des mesures ne sont pas celles de ce format.</translation>
    </message>
    <message>
        <source>A measurement does not have %1 values.</source>
        <translation>Une mesure n’a pas %1 valeurs.</translation>
    </message>
    <message>
        <source>The file is not a Balise project in JSON: %1.</source>
        <translation>Le fichier n’est pas un projet Balise en JSON : %1.</translation>
    </message>
    <message>
        <source>The file is JSON but not a Balise project (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Le fichier est du JSON mais pas un projet Balise (son « format » n’est pas « %1 »).</translation>
    </message>
    <message>
        <source>This project was written by another version of Balise (format %1; this one reads %2).</source>
        <translation>Ce projet a été écrit par une autre version de Balise (format %1 ; celle-ci lit le %2).</translation>
    </message>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>Le projet ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>« %1 » doit être une liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>« %1 » doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>« %1 » doit être un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDThh:mm:ss).</source>
        <translation>« %1 » n’est pas une date et une heure (AAAA-MM-JJThh:mm:ss).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of zero or more.</source>
        <translation>« %1 » doit être un nombre entier positif ou nul.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two measurements of &quot;%2&quot; for %3.</source>
        <translation>« %1 » a deux mesures de « %2 » pour %3.</translation>
    </message>
    <message>
        <source>Revision %1 of the vade-mecum has no content.</source>
        <translation>La révision %1 du vade-mecum n’a pas de contenu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of territory Balise knows.</source>
        <translation>« %1 » n’est pas un type de territoire que Balise connaît.</translation>
    </message>
    <message>
        <source>The file is larger than %1 GiB: it is not a Balise project in JSON.</source>
        <translation>Le fichier dépasse %1 Gio : ce n’est pas un projet Balise en JSON.</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesCommand</name>
    <message>
        <source>Edit the project&apos;s properties</source>
        <translation>Modifier les propriétés du projet</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExchange</name>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>un choix parmi : %1</translation>
    </message>
    <message>
        <source>any of, separated by |: %1</source>
        <translation>un ou plusieurs, séparés par | : %1</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header of the blank questionnaire.</source>
        <translation>Le fichier est vide : il lui faut l&apos;en-tête du questionnaire vierge.</translation>
    </message>
    <message>
        <source>The header needs an answer column and a question_id (or number) column, as in the blank questionnaire Balise exports.</source>
        <translation>L&apos;en-tête doit avoir une colonne answer et une colonne question_id (ou number), comme le questionnaire vierge exporté par Balise.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of this questionnaire.</source>
        <translation>« %1 » n&apos;est pas une question de ce questionnaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the number of a question of this questionnaire.</source>
        <translation>« %1 » n&apos;est pas le numéro d&apos;une question de ce questionnaire.</translation>
    </message>
    <message>
        <source>The question is not named on this line.</source>
        <translation>La question n&apos;est pas indiquée sur cette ligne.</translation>
    </message>
    <message>
        <source>This question is already answered on line %1.</source>
        <translation>Cette question a déjà une réponse ligne %1.</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2.</source>
        <translation>Cette ligne a %1 cellules mais l’en-tête en a %2.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>La réponse dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB: it is not an answered questionnaire.</source>
        <translation>Le fichier dépasse 1 Mio : ce n’est pas un questionnaire rempli.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>average of the services</source>
        <translation>moyenne des services</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The project has no service called &quot;%1&quot;.</source>
        <translation>Le projet n’a pas de service appelé « %1 ».</translation>
    </message>
    <message>
        <source>The project has no period labelled &quot;%1&quot;.</source>
        <translation>Le projet n’a pas de période « %1 ».</translation>
    </message>
    <message>
        <source>The project has no period to report on.</source>
        <translation>Le projet n’a aucune période sur laquelle rendre compte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>Le rapport n’a pas pu être dessiné.</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Balise · %1</source>
        <translation>Balise · %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>ServiceCsvReader</name>
    <message>
        <source>A services file starts with a column service, followed by columns such as operator, domain, data_role, population_reached, population_not_reached or postures.</source>
        <translation>Un fichier de services commence par une colonne service, suivie de colonnes comme operator, domain, data_role, population_reached, population_not_reached ou postures.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known: it is ignored.</source>
        <translation>La colonne « %1 » est inconnue : elle est ignorée.</translation>
    </message>
    <message>
        <source>The name of the service is missing.</source>
        <translation>Le nom du service manque.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is already described on line %2.</source>
        <translation>Le service « %1 » est déjà décrit ligne %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain; write one of: %2.</source>
        <translation>« %1 » n&apos;est pas un domaine ; écrivez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role of data; write one of: %2.</source>
        <translation>« %1 » n&apos;est pas un rôle de la donnée ; écrivez l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a posture; write some of: %2, separated by |.</source>
        <translation>« %1 » n&apos;est pas une posture ; écrivez certaines de : %2, séparées par |.</translation>
    </message>
    <message>
        <source>The rating of %1 is a whole number from 0 to 4, not &quot;%2&quot;.</source>
        <translation>La note « %1 » est un nombre entier de 0 à 4, pas « %2 ».</translation>
    </message>
</context>
<context>
    <name>ServiceDetails</name>
    <message>
        <source>Data services</source>
        <translation>Services de données</translation>
    </message>
    <message>
        <source>The urban data services evaluated on the framework.</source>
        <translation>Les services urbains de données évalués avec le référentiel.</translation>
    </message>
    <message>
        <source>No data service yet. Importing measurements creates the services they name.</source>
        <translation>Aucun service de données pour l&apos;instant. L&apos;import de mesures crée les services qu&apos;elles mentionnent.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Role of data</source>
        <translation>Rôle de la donnée</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Data service</source>
        <translation>Service de données</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Inclusivity</source>
        <translation>Inclusivité</translation>
    </message>
    <message>
        <source>Population reached</source>
        <translation>Population touchée</translation>
    </message>
    <message>
        <source>Population not reached</source>
        <translation>Population non touchée</translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures de l&apos;acteur public</translation>
    </message>
    <message>
        <source>No posture chosen for this service.</source>
        <translation>Aucune posture choisie pour ce service.</translation>
    </message>
    <message>
        <source>Destabilisation profile</source>
        <translation>Grille de déstabilisation</translation>
    </message>
    <message>
        <source>Not assessed.</source>
        <translation>Non évalué.</translation>
    </message>
    <message>
        <source>%1 / 4</source>
        <translation>%1 / 4</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Answers to the operator questionnaire</source>
        <translation>Réponses au questionnaire aux opérateurs</translation>
    </message>
    <message>
        <source>No answer recorded.</source>
        <translation>Aucune réponse enregistrée.</translation>
    </message>
    <message>
        <source>(question removed)</source>
        <translation>(question supprimée)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation>%1 sur %2 attendues</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Bilans des impacts</translation>
    </message>
</context>
<context>
    <name>ServiceEvolutionBuilder</name>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
</context>
<context>
    <name>ServiceScorecardReport</name>
    <message>
        <source>reached</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>in the red</source>
        <translation>au rouge</translation>
    </message>
    <message>
        <source>down %1 points</source>
        <translation>en baisse de %1 points</translation>
    </message>
    <message>
        <source>behind the pace to its target</source>
        <translation>en retard sur le rythme de sa cible</translation>
    </message>
    <message>
        <source>operated by %1</source>
        <translation>exploité par %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>période %1</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>comparée à %1</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Weight measured</source>
        <translation>Poids mesuré</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Strongest points</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Weakest points</source>
        <translation>Points faibles</translation>
    </message>
    <message>
        <source>To decide or watch</source>
        <translation>À décider ou à surveiller</translation>
    </message>
    <message>
        <source>No indicator is in the red, falling or behind its target&apos;s pace.</source>
        <translation>Aucun indicateur n’est au rouge, en baisse ou en retard sur le rythme de sa cible.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Owner and actions</source>
        <translation>Porteur et actions</translation>
    </message>
    <message>
        <source>%1 / 100 · %2</source>
        <translation>%1 / 100 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Porteur : %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>Critère / indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Scorecard of a service</source>
        <translation>Tableau de bord d’un service</translation>
    </message>
    <message>
        <source>Objective by objective</source>
        <translation>Objectif par objectif</translation>
    </message>
    <message>
        <source>of the services scored</source>
        <translation>des services évalués</translation>
    </message>
    <message>
        <source>of the weight has a value</source>
        <translation>du poids a une valeur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more indicator(s) to watch in the pages that follow.</source>
        <translation>
            <numerusform>… et %n autre indicateur à surveiller dans les pages suivantes.</numerusform>
            <numerusform>… et %n autres indicateurs à surveiller dans les pages suivantes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterQuestionnaire</name>
    <message>
        <source>The territory and its residents</source>
        <translation>Le territoire et ses habitants</translation>
    </message>
    <message>
        <source>Whom did you meet on the territory before proposing the service (residents, associations, the authority&apos;s departments)?</source>
        <translation>Qui avez-vous rencontré sur le territoire avant de proposer le service (habitants, associations, services de la collectivité) ?</translation>
    </message>
    <message>
        <source>Whose problem does the service solve?</source>
        <translation>À quel problème le service répond-il ?</translation>
    </message>
    <message>
        <source>an internal problem of the authority only</source>
        <translation>un problème interne de la collectivité seulement</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>a problem of the residents</source>
        <translation>un problème des habitants</translation>
    </message>
    <message>
        <source>What shows that the problem is real (figures, studies, complaints)?</source>
        <translation>Qu&apos;est-ce qui montre que le problème est réel (chiffres, études, plaintes) ?</translation>
    </message>
    <message>
        <source>Was the problem measured before the service started?</source>
        <translation>Le problème a-t-il été mesuré avant le lancement du service ?</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Which data will you share with the authority?</source>
        <translation>Quelles données partagerez-vous avec la collectivité ?</translation>
    </message>
    <message>
        <source>use of the service</source>
        <translation>l&apos;usage du service</translation>
    </message>
    <message>
        <source>anonymised trips or flows</source>
        <translation>des trajets ou flux anonymisés</translation>
    </message>
    <message>
        <source>quality of service</source>
        <translation>la qualité de service</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>les incidents</translation>
    </message>
    <message>
        <source>energy or resources consumed</source>
        <translation>l&apos;énergie ou les ressources consommées</translation>
    </message>
    <message>
        <source>Will the shared data be open for others to re-use, under an open licence?</source>
        <translation>Les données partagées seront-elles ouvertes à la réutilisation, sous licence ouverte ?</translation>
    </message>
    <message>
        <source>How often will you share the data?</source>
        <translation>À quelle fréquence partagerez-vous les données ?</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>once a year</source>
        <translation>une fois par an</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>chaque trimestre</translation>
    </message>
    <message>
        <source>every month or more often</source>
        <translation>chaque mois ou plus souvent</translation>
    </message>
    <message>
        <source>Whom the service reaches</source>
        <translation>Qui le service touche</translation>
    </message>
    <message>
        <source>Whom does the service not reach (people without a smartphone or a bank card, with a disability, who do not read French)?</source>
        <translation>Qui le service ne touche-t-il pas (personnes sans smartphone ou sans carte bancaire, en situation de handicap, qui ne lisent pas le français) ?</translation>
    </message>
    <message>
        <source>Can the service be used without a smartphone?</source>
        <translation>Le service peut-il être utilisé sans smartphone ?</translation>
    </message>
    <message>
        <source>How accessible is the service to people with a disability (1: not at all, 5: fully)?</source>
        <translation>Le service est-il accessible aux personnes en situation de handicap (1 : pas du tout, 5 : entièrement) ?</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>Intérêt général</translation>
    </message>
    <message>
        <source>Which public resources does the service use (public space, subsidies, the authority&apos;s data)?</source>
        <translation>Quelles ressources publiques le service utilise-t-il (espace public, subventions, données de la collectivité) ?</translation>
    </message>
    <message>
        <source>Will you evaluate the service with the authority, on indicators you both agree on?</source>
        <translation>Évaluerez-vous le service avec la collectivité, sur des indicateurs convenus ensemble ?</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The project file is damaged: unknown %1 &quot;%2&quot;.</source>
        <translation>Le fichier du projet est endommagé : valeur inconnue « %2 » pour %1.</translation>
    </message>
    <message>
        <source>The project file is damaged: its project record is missing.</source>
        <translation>Le fichier du projet est endommagé : l&apos;enregistrement du projet manque.</translation>
    </message>
    <message>
        <source>The project file is damaged: its framework loops back on itself.</source>
        <translation>Le fichier du projet est endommagé : son référentiel forme une boucle.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2.</translation>
    </message>
    <message>
        <source>The project file refused a change: %1.</source>
        <translation>Le fichier du projet a refusé une modification : %1.</translation>
    </message>
    <message>
        <source>The project file cannot be read: %1.</source>
        <translation>Le fichier du projet ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>Cannot copy the project to %1: %2.</source>
        <translation>Impossible de copier le projet dans %1 : %2.</translation>
    </message>
    <message>
        <source>The project file does not have the expected structure: %1.</source>
        <translation>Le fichier du projet n&apos;a pas la structure attendue : %1.</translation>
    </message>
    <message>
        <source>The project file refused a value: %1.</source>
        <translation>Le fichier du projet a refusé une valeur : %1.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the project file: %1.</source>
        <translation>La modification enfreint une règle du fichier du projet : %1.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved.</source>
        <translation>Le disque est plein : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The project file is read-only: the change was not saved.</source>
        <translation>Le fichier du projet est en lecture seule : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Another program is writing the project file: the change was not saved.</source>
        <translation>Un autre programme est en train d&apos;écrire dans le fichier du projet : la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The project file could not be updated: %1.</source>
        <translation>Le fichier du projet n&apos;a pas pu être mis à jour : %1.</translation>
    </message>
    <message>
        <source>The project file is damaged: %1</source>
        <translation>Le fichier du projet est endommagé : %1</translation>
    </message>
    <message>
        <source>a node&apos;s parent is missing</source>
        <translation>le parent d&apos;un élément du référentiel est introuvable</translation>
    </message>
    <message>
        <source>an indicator has children</source>
        <translation>un indicateur a des éléments enfants</translation>
    </message>
    <message>
        <source>the project&apos;s creation date is not valid</source>
        <translation>la date de création du projet n&apos;est pas valide</translation>
    </message>
    <message>
        <source>vade-mecum revision %1 is not readable</source>
        <translation>la révision %1 du vade-mecum est illisible</translation>
    </message>
    <message>
        <source>a weight is not a number of zero or more</source>
        <translation>un poids n&apos;est pas un nombre positif ou nul</translation>
    </message>
    <message>
        <source>a measurement refers to a missing indicator</source>
        <translation>une mesure renvoie à un indicateur inexistant</translation>
    </message>
    <message>
        <source>the weighting of node %1 is not readable</source>
        <translation>la pondération du nœud %1 est illisible</translation>
    </message>
    <message>
        <source>a setting is not a number</source>
        <translation>un réglage n’est pas un nombre</translation>
    </message>
    <message>
        <source>a setting is not a whole number</source>
        <translation>un réglage n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>a link of the framework does not name one target</source>
        <translation>un lien du référentiel ne désigne pas une seule cible</translation>
    </message>
    <message>
        <source>an objective or a criterion has an indicator&apos;s definition</source>
        <translation>un objectif ou un critère porte la définition d’un indicateur</translation>
    </message>
    <message>
        <source>a quantitative indicator has levels</source>
        <translation>un indicateur quantitatif a des niveaux</translation>
    </message>
    <message>
        <source>a data service has postures Balise does not know</source>
        <translation>un service de données a des postures que Balise ne connaît pas</translation>
    </message>
    <message>
        <source>a whole number holds something else.</source>
        <translation>un nombre entier contient autre chose.</translation>
    </message>
    <message>
        <source>a number holds text.</source>
        <translation>un nombre contient du texte.</translation>
    </message>
    <message>
        <source>a date cannot be read.</source>
        <translation>une date est illisible.</translation>
    </message>
    <message>
        <source>a date and time cannot be read.</source>
        <translation>une date et heure est illisible.</translation>
    </message>
</context>
<context>
    <name>TemplateArchive</name>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>« %1 » n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keyword Balise knows.</source>
        <translation>« %1 » n&apos;est pas un mot-clé que Balise connaît.</translation>
    </message>
    <message>
        <source>The template announces %1 entries in a list; at most %2 are read.</source>
        <translation>Le modèle annonce %1 éléments dans une liste ; Balise en lit %2 au plus.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB: it is not a Balise template.</source>
        <translation>Le fichier dépasse %1 Mio : ce n&apos;est pas un modèle Balise.</translation>
    </message>
    <message>
        <source>This is not a Balise template.</source>
        <translation>Ce n&apos;est pas un modèle Balise.</translation>
    </message>
    <message>
        <source>The template&apos;s header is damaged.</source>
        <translation>L&apos;en-tête du modèle est endommagé.</translation>
    </message>
    <message>
        <source>This template was made by a newer Balise (format %1; this one reads up to %2).</source>
        <translation>Ce modèle a été fait par une version plus récente de Balise (format %1 ; celle-ci lit jusqu&apos;au format %2).</translation>
    </message>
    <message>
        <source>The template is incomplete: %1 bytes announced, %2 found.</source>
        <translation>Le modèle est incomplet : %1 octets annoncés, %2 trouvés.</translation>
    </message>
    <message>
        <source>The template&apos;s content does not match its checksum: it was damaged or changed.</source>
        <translation>Le contenu du modèle ne correspond pas à sa somme de contrôle : il a été endommagé ou modifié.</translation>
    </message>
    <message>
        <source>The template is incomplete.</source>
        <translation>Le modèle est incomplet.</translation>
    </message>
    <message>
        <source>The template cannot be read: %1</source>
        <translation>Le modèle est illisible : %1</translation>
    </message>
    <message>
        <source>The template cannot be read: %1.</source>
        <translation>Le modèle est illisible : %1.</translation>
    </message>
    <message>
        <source>The template has no identifier or no title.</source>
        <translation>Le modèle n&apos;a pas d&apos;identifiant ou pas de titre.</translation>
    </message>
    <message>
        <source>The template is not well-formed XML (line %1): %2.</source>
        <translation>Le modèle n&apos;est pas un XML bien formé (ligne %1) : %2.</translation>
    </message>
    <message>
        <source>This template was written by a newer Balise, whose archive format this one cannot read.</source>
        <translation>Ce modèle a été écrit par une version plus récente de Balise, dont celle-ci ne sait pas lire le format d’archive.</translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>The template cannot make a project: %1</source>
        <translation>Le modèle ne permet pas de créer un projet : %1</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No template is called &quot;%1&quot;: balise templates list shows those there are.</source>
        <translation>Aucun modèle ne s&apos;appelle « %1 » : balise templates list montre ceux qui existent.</translation>
    </message>
    <message>
        <source>The template&apos;s identifier &quot;%1&quot; is not usable as a file name (lower-case letters, digits and dashes).</source>
        <translation>L&apos;identifiant du modèle « %1 » ne peut pas servir de nom de fichier (lettres minuscules, chiffres et tirets).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a template that comes with Balise: give yours another identifier.</source>
        <translation>« %1 » est un modèle fourni avec Balise : donnez un autre identifiant au vôtre.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the template in %1: %2.</source>
        <translation>Impossible d&apos;écrire le modèle dans %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2.</source>
        <translation>Impossible de supprimer %1 : %2.</translation>
    </message>
    <message>
        <source>You have no template called &quot;%1&quot;; the ones that come with Balise cannot be removed.</source>
        <translation>Vous n’avez pas de modèle appelé « %1 » ; ceux fournis avec Balise ne peuvent pas être retirés.</translation>
    </message>
    <message>
        <source>No project can be made from this template: %1</source>
        <translation>Aucun projet ne peut être créé à partir de ce modèle : %1</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s), from “%1” to “%2”</source>
        <translation>
            <numerusform>%n niveau, de « %1 » à « %2 »</numerusform>
            <numerusform>%n niveaux, de « %1 » à « %2 »</numerusform>
        </translation>
    </message>
    <message>
        <source>band %1–%2</source>
        <translation>plage %1–%2</translation>
    </message>
    <message>
        <source>suggested target %1 by %2</source>
        <translation>cible suggérée %1 au %2</translation>
    </message>
    <message>
        <source>suggested target %1</source>
        <translation>cible suggérée %1</translation>
    </message>
    <message>
        <source>Comes with Balise</source>
        <translation>Fourni avec Balise</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message numerus="yes">
        <source>Vade-mecum: %n need(s)</source>
        <translation>
            <numerusform>Vade-mecum : %n besoin</numerusform>
            <numerusform>Vade-mecum : %n besoins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principle(s)</source>
        <translation>
            <numerusform>%n principe</numerusform>
            <numerusform>%n principes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of attention</source>
        <translation>
            <numerusform>%n point d’attention</numerusform>
            <numerusform>%n points d’attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) offered</source>
        <translation>
            <numerusform>%n ressource mise à disposition</numerusform>
            <numerusform>%n ressources mises à disposition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Framework: %n objective(s)</source>
        <translation>
            <numerusform>Référentiel : %n objectif</numerusform>
            <numerusform>Référentiel : %n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questionnaire: %n question(s)</source>
        <translation>
            <numerusform>Questionnaire : %n question</numerusform>
            <numerusform>Questionnaire : %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample services: %n</source>
        <translation>
            <numerusform>Services d’exemple : %n</numerusform>
            <numerusform>Services d’exemple : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs of the territory</source>
        <translation>Besoins du territoire</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>porteur : %1</translation>
    </message>
    <message>
        <source>Questionnaire for operators</source>
        <translation>Questionnaire pour les opérateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested target “%1”</source>
        <translation>cible suggérée « %1 »</translation>
    </message>
</context>
<context>
    <name>TemplateSource</name>
    <message>
        <source>the format must be %1.</source>
        <translation>le format doit être %1.</translation>
    </message>
    <message>
        <source>the identifier must be lower-case letters, digits and dashes.</source>
        <translation>l’identifiant doit être fait de minuscules, de chiffres et de tirets.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>clé inconnue « %1 ».</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; must be an object.</source>
        <translation>une entrée de « %1 » doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>« %1 » doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>« %1 » doit être une liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 text.</source>
        <translation>« %1 » n’a pas de texte en %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only the languages %2.</source>
        <translation>« %1 » ne peut contenir que les langues %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>« %1 » doit être un texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>« %1 » est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>« %1 » doit être un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>« %1 » doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD.</source>
        <translation>« %1 » doit être une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>« %1 » doit être l’un de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a place between 1 and %2.</source>
        <translation>« %1 » doit être un rang entre 1 et %2.</translation>
    </message>
    <message>
        <source>the posture is stated twice.</source>
        <translation>la posture est énoncée deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not need:N, principle:N or field:N.</source>
        <translation>« %1 » n’est pas de la forme need:N, principle:N ou field:N.</translation>
    </message>
    <message>
        <source>a qualitative indicator needs at least two levels.</source>
        <translation>un indicateur qualitatif a besoin d’au moins deux niveaux.</translation>
    </message>
    <message>
        <source>only a qualitative indicator has levels.</source>
        <translation>seul un indicateur qualitatif a des niveaux.</translation>
    </message>
    <message>
        <source>a target band needs bandLow no greater than bandHigh.</source>
        <translation>une plage cible demande bandLow inférieur ou égal à bandHigh.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a rating from 0 to 4.</source>
        <translation>« %1 » doit être une note de 0 à 4.</translation>
    </message>
    <message>
        <source>&quot;code&quot; is required.</source>
        <translation>« code » est obligatoire.</translation>
    </message>
    <message>
        <source>the code is used twice.</source>
        <translation>le code est employé deux fois.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is required.</source>
        <translation>« kind » est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;weight&quot; must be greater than 0.</source>
        <translation>« weight » doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>only an objective serves the vade-mecum.</source>
        <translation>seul un objectif sert le vade-mecum.</translation>
    </message>
    <message>
        <source>an indicator has no children.</source>
        <translation>un indicateur n’a pas d’enfants.</translation>
    </message>
    <message>
        <source>a choice question needs at least two choices.</source>
        <translation>une question à choix a besoin d’au moins deux choix.</translation>
    </message>
    <message>
        <source>&quot;scaleMin&quot; must be below &quot;scaleMax&quot;.</source>
        <translation>« scaleMin » doit être inférieur à « scaleMax ».</translation>
    </message>
    <message>
        <source>a free-text question cannot be scored.</source>
        <translation>une question à réponse libre ne peut pas être notée.</translation>
    </message>
    <message>
        <source>no objective has the code &quot;%1&quot;.</source>
        <translation>aucun objectif n’a le code « %1 ».</translation>
    </message>
    <message>
        <source>Templates are written in %1, not &quot;%2&quot;.</source>
        <translation>Les modèles sont écrits en %1, pas en « %2 ».</translation>
    </message>
    <message>
        <source>The template source is larger than %1 MiB.</source>
        <translation>La source du modèle dépasse %1 Mio.</translation>
    </message>
    <message>
        <source>The template source is not valid JSON (at byte %1): %2.</source>
        <translation>La source du modèle n’est pas du JSON valide (à l’octet %1) : %2.</translation>
    </message>
    <message>
        <source>The template source must be a JSON object.</source>
        <translation>La source du modèle doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The template source is refused: %1</source>
        <translation>La source du modèle est refusée : %1</translation>
    </message>
</context>
<context>
    <name>UncertaintyAnalysis</name>
    <message>
        <source>There is nothing to analyse: the project needs indicators, services and a period.</source>
        <translation>Il n&apos;y a rien à analyser : le projet doit avoir des indicateurs, des services et une période.</translation>
    </message>
    <message>
        <source>The period to analyse is not in the project.</source>
        <translation>La période à analyser n&apos;est pas dans le projet.</translation>
    </message>
    <message>
        <source>At least one replication is needed.</source>
        <translation>Il faut au moins un tirage.</translation>
    </message>
    <message>
        <source>The weight noise must be at least 0 and below 100 %.</source>
        <translation>La variation des poids doit être d&apos;au moins 0 et inférieure à 100 %.</translation>
    </message>
    <message>
        <source>An uncertainty analysis compares at most %1 services.</source>
        <translation>Une analyse d&apos;incertitude compare au plus %1 services.</translation>
    </message>
</context>
<context>
    <name>VadeMecumCommands</name>
    <message>
        <source>Record a revision of the vade-mecum</source>
        <translation>Enregistrer une révision du vade-mecum</translation>
    </message>
    <message>
        <source>Edit revision %1</source>
        <translation>Modifier la révision %1</translation>
    </message>
</context>
<context>
    <name>VadeMecumDetails</name>
    <message>
        <source>In the framework</source>
        <translation>Dans le référentiel</translation>
    </message>
    <message>
        <source>No objective of the framework refers to it yet.</source>
        <translation>Aucun objectif du référentiel n&apos;y fait encore référence.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source>Vade-mecum</source>
        <translation>Vade-mecum</translation>
    </message>
    <message>
        <source>The territory&apos;s stance towards digital innovation and data services.</source>
        <translation>La position du territoire à l&apos;égard de l&apos;innovation numérique et des services de données.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Kind of territory</source>
        <translation>Type de territoire</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Besoins prioritaires</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Resources offered</source>
        <translation>Ressources mises à disposition</translation>
    </message>
    <message>
        <source>Free sections</source>
        <translation>Sections libres</translation>
    </message>
    <message>
        <source>Questions to operators</source>
        <translation>Questions aux opérateurs</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>No revision recorded: the vade-mecum is a working draft.</source>
        <translation>Aucune révision enregistrée : le vade-mecum est un brouillon de travail.</translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation>Dernière révision</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures de l&apos;acteur public</translation>
    </message>
    <message>
        <source>No posture stated.</source>
        <translation>Aucune posture indiquée.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Point d&apos;attention</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Operator questionnaire</source>
        <translation>Questionnaire aux opérateurs</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Dans le score</translation>
    </message>
    <message>
        <source>Revisions of the vade-mecum</source>
        <translation>Révisions du vade-mecum</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Priority need</source>
        <translation>Besoin prioritaire</translation>
    </message>
    <message>
        <source>Field of attention</source>
        <translation>Point d&apos;attention</translation>
    </message>
    <message>
        <source>Resource offered to operators</source>
        <translation>Ressource mise à disposition des opérateurs</translation>
    </message>
    <message>
        <source>No condition.</source>
        <translation>Aucune condition.</translation>
    </message>
    <message>
        <source>Posture of the public actor</source>
        <translation>Posture de l&apos;acteur public</translation>
    </message>
    <message>
        <source>Section of the vade-mecum</source>
        <translation>Section du vade-mecum</translation>
    </message>
    <message>
        <source>Section of the operator questionnaire</source>
        <translation>Section du questionnaire aux opérateurs</translation>
    </message>
    <message>
        <source>No question in this section.</source>
        <translation>Aucune question dans cette section.</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Besoin : %1</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Objectif : %1</translation>
    </message>
    <message>
        <source>yes, weight %1</source>
        <translation>oui, poids %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Liée à</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Revision of the vade-mecum</source>
        <translation>Révision du vade-mecum</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validée par</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validée le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>VadeMecumDiff</name>
    <message>
        <source>%1 added: &quot;%2&quot;</source>
        <translation>%1 : « %2 » (ajout)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 : suppression</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>condition added: &quot;%1&quot;</source>
        <translation>condition ajoutée : « %1 »</translation>
    </message>
    <message>
        <source>condition removed: &quot;%1&quot;</source>
        <translation>condition supprimée : « %1 »</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Besoins prioritaires</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Resources offered</source>
        <translation>Ressources mises à disposition</translation>
    </message>
    <message>
        <source>Postures</source>
        <translation>Postures</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <source>Free sections</source>
        <translation>Sections libres</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1 : %2</translation>
    </message>
    <message>
        <source>− %1: %2</source>
        <translation>− %1 : %2</translation>
    </message>
    <message>
        <source>~ %1: %2 — %3</source>
        <translation>~ %1 : %2 — %3</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>%1, priority %2</source>
        <translation>%1, priorité %2</translation>
    </message>
    <message>
        <source>  condition: %1</source>
        <translation>  condition : %1</translation>
    </message>
</context>
<context>
    <name>VadeMecumItems</name>
    <message>
        <source>Priority need</source>
        <translation>Besoin prioritaire</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>Field of attention</source>
        <translation>Point d&apos;attention</translation>
    </message>
    <message>
        <source>Resource offered</source>
        <translation>Ressource mise à disposition</translation>
    </message>
    <message>
        <source>Free section</source>
        <translation>Section libre</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <source>New principle</source>
        <translation>Nouveau principe</translation>
    </message>
    <message>
        <source>New field of attention</source>
        <translation>Nouveau point d&apos;attention</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Balise workbench: evaluate and steer urban data services.</source>
        <translation>Atelier Balise : évaluer et piloter les services urbains de données.</translation>
    </message>
    <message>
        <source>Render the window to a PNG image and exit.</source>
        <translation>Enregistre une image PNG de la fenêtre, puis quitte.</translation>
    </message>
    <message>
        <source>Give at most one project to open.</source>
        <translation>Indiquez au plus un projet à ouvrir.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
    <message>
        <source>The part of the project to show first (framework by default): %1.</source>
        <translation>La partie du projet à afficher d&apos;abord (framework par défaut) : %1.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use one of %2.</source>
        <translation>Vue inconnue « %1 » : utilisez l&apos;une de ces vues : %2.</translation>
    </message>
    <message>
        <source>The %1 view needs a project.</source>
        <translation>La vue %1 demande un projet.</translation>
    </message>
    <message>
        <source>The project to open (.balise), or a template to import (.balise-template).</source>
        <translation>Le projet à ouvrir (.balise), ou un modèle à importer (.balise-template).</translation>
    </message>
</context>
<context>
    <name>balise::Project</name>
    <message>
        <source>The project is open read-only: nothing can be changed.</source>
        <translation>Le projet est ouvert en lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>The project is open read-only (%1).</source>
        <translation>Le projet est ouvert en lecture seule (%1).</translation>
    </message>
    <message>
        <source>Each posture can be described once.</source>
        <translation>Chaque posture ne peut être décrite qu&apos;une fois.</translation>
    </message>
    <message>
        <source>This revision no longer exists.</source>
        <translation>Cette révision n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A question refers to a need that does not exist.</source>
        <translation>Une question renvoie à un besoin qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A question refers to an objective that does not exist.</source>
        <translation>Une question renvoie à un objectif qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a parent &quot;%2&quot; that does not exist.</source>
        <translation>« %1 » désigne un parent « %2 » qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This objective, criterion or indicator no longer exists.</source>
        <translation>Cet objectif, critère ou indicateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has measurements: remove them before changing what kind of node it is.</source>
        <translation>« %1 » a déjà des mesures : supprimez-les avant de changer son type d&apos;élément.</translation>
    </message>
    <message>
        <source>This data service no longer exists.</source>
        <translation>Ce service de données n&apos;existe plus.</translation>
    </message>
    <message>
        <source>An answer refers to a question that does not exist.</source>
        <translation>Une réponse renvoie à une question qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This period no longer exists.</source>
        <translation>Cette période n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>Cet indicateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>An imported row refers to an indicator that does not exist.</source>
        <translation>Une ligne importée renvoie à un indicateur qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This impact account no longer exists.</source>
        <translation>Ce bilan des impacts n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has measurements at the level &quot;%2&quot;: it cannot be renamed, moved or removed.</source>
        <translation>« %1 » a des mesures au niveau « %2 » : ce niveau ne peut être ni renommé, ni déplacé, ni supprimé.</translation>
    </message>
    <message>
        <source>There is nothing to put back.</source>
        <translation>Il n&apos;y a rien à remettre.</translation>
    </message>
    <message>
        <source>The place this part of the framework came from no longer exists.</source>
        <translation>L&apos;endroit d&apos;où venait cette partie du référentiel n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists again: the removed part cannot be put back.</source>
        <translation>« %1 » existe de nouveau : la partie supprimée ne peut pas être remise.</translation>
    </message>
    <message>
        <source>A data service named &quot;%1&quot; exists again: the removed one cannot be put back.</source>
        <translation>Un service nommé « %1 » existe de nouveau : celui qui a été supprimé ne peut pas être remis.</translation>
    </message>
    <message>
        <source>A period &quot;%1&quot; exists again: the removed one cannot be put back.</source>
        <translation>Une période « %1 » existe de nouveau : celle qui a été supprimée ne peut pas être remise.</translation>
    </message>
    <message>
        <source>This impact account exists already.</source>
        <translation>Ce bilan des impacts existe déjà.</translation>
    </message>
    <message>
        <source>The weights do not match the children they are for.</source>
        <translation>Les poids ne correspondent pas aux enfants auxquels ils sont destinés.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This import has not been written.</source>
        <translation>Cet import n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>This revision is already in the history.</source>
        <translation>Cette révision est déjà dans l&apos;historique.</translation>
    </message>
    <message>
        <source>A revision with this number is already in the history.</source>
        <translation>Une révision de ce numéro est déjà dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>balise::ui::AdequacyModel</name>
    <message>
        <source>In all</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 renseigné)</translation>
    </message>
</context>
<context>
    <name>balise::ui::ChartMenu</name>
    <message>
        <source>&amp;Copy the chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>&amp;Save the chart as…</source>
        <translation>&amp;Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Le graphique n&apos;a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ComparisonView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Score out of 100 · #rank among the services · (share of the weight measured, when not all) · background: traffic light</source>
        <translation>Score sur 100 · #rang parmi les services · (part du poids mesurée, si incomplète) · fond : feu tricolore</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Scores by objective</source>
        <translation>Scores par objectif</translation>
    </message>
    <message>
        <source>Ranks over the periods</source>
        <translation>Rangs au fil des périodes</translation>
    </message>
    <message>
        <source>From each operator&apos;s answers to the scored questions of the questionnaire, out of 100</source>
        <translation>D&apos;après les réponses de chaque opérateur aux questions notées du questionnaire, sur 100</translation>
    </message>
    <message>
        <source>Adequacy to the needs</source>
        <translation>Adéquation aux besoins</translation>
    </message>
</context>
<context>
    <name>balise::ui::DestabilisationView</name>
    <message>
        <source>How far each data service could unsettle the public actor, on the six axes of the guide: 0 = not at all, 4 = strongly.</source>
        <translation>Jusqu&apos;où chaque service de données pourrait déstabiliser l&apos;acteur public, sur les six axes du guide : 0 = pas du tout, 4 = fortement.</translation>
    </message>
    <message>
        <source>Not assessed yet: %1.</source>
        <translation>Pas encore évalués : %1.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ExportDataDialog</name>
    <message>
        <source>Export data</source>
        <translation>Exporter des données</translation>
    </message>
    <message>
        <source>The &amp;measurements, to edit in a spreadsheet and import again</source>
        <translation>Les &amp;mesures, à modifier dans un tableur et à importer de nouveau</translation>
    </message>
    <message>
        <source>The &amp;results: every score, coverage, light and rank</source>
        <translation>Les &amp;résultats : chaque score, couverture, feu et rang</translation>
    </message>
    <message>
        <source>The &amp;framework, as the framework CSV Balise reads</source>
        <translation>Le ré&amp;férentiel, au format CSV de référentiel que lit Balise</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>; and , with a BOM (French spreadsheet software)</source>
        <translation>; et , avec un BOM (tableurs français)</translation>
    </message>
    <message>
        <source>, and . (most software and scripts)</source>
        <translation>, et . (la plupart des logiciels et des scripts)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Separators:</source>
        <translation>&amp;Séparateurs :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>référentiel</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Say which file to write.</source>
        <translation>Indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>balise::ui::FrameworkEditor</name>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>O</source>
        <comment>code prefix of a new objective</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>C</source>
        <comment>code prefix of a new criterion</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>I</source>
        <comment>code prefix of a new indicator</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message numerus="yes">
        <source>the %n node(s) under it</source>
        <translation>
            <numerusform>l&apos;élément qui en dépend</numerusform>
            <numerusform>les %n éléments qui en dépendent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with %2? You can undo it with Ctrl+Z.</source>
        <translation>Supprimer « %1 » avec %2 ? Ctrl+Z permet d&apos;annuler.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Edit the indicator</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Poids…</translation>
    </message>
    <message>
        <source>Weigh the children of the selected node by points, a budget, a ranking or pairwise comparison (AHP)</source>
        <translation>Pondérer les éléments sous l&apos;élément choisi par des points, un budget, un classement ou une comparaison par paires (AHP)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Copy the selected node and what is under it (Ctrl+C); it pastes into a spreadsheet too</source>
        <translation>Copier le nœud sélectionné et ce qu&apos;il contient (Ctrl+C) ; la copie se colle aussi dans un tableur</translation>
    </message>
    <message>
        <source>Paste nodes copied here, from another project or from a spreadsheet (Ctrl+V)</source>
        <translation>Coller des nœuds copiés ici, dans un autre projet ou depuis un tableur (Ctrl+V)</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to paste: copy a node of a framework first, or lines of a spreadsheet with the header level, code, name.</source>
        <translation>Le presse-papiers ne contient rien à coller : copiez d&apos;abord un nœud d&apos;un référentiel, ou des lignes d&apos;un tableur avec l&apos;en-tête level, code, name.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the clipboard does not hold framework lines.
%1</source>
        <translation>Rien n&apos;a été collé : le presse-papiers ne contient pas de lignes de référentiel.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) were already taken: the pasted nodes have a suffix (-2, -3…).</source>
        <translation>
            <numerusform>%n code était déjà pris : le nœud collé reçoit un suffixe (-2, -3…).</numerusform>
            <numerusform>%n codes étaient déjà pris : les nœuds collés reçoivent un suffixe (-2, -3…).</numerusform>
        </translation>
    </message>
    <message>
        <source>From the vade-mecum…</source>
        <translation>Depuis le vade-mecum…</translation>
    </message>
    <message>
        <source>Propose one objective per need or field of attention of the vade-mecum</source>
        <translation>Proposer un objectif par besoin ou point d&apos;attention du vade-mecum</translation>
    </message>
    <message>
        <source>Serves in the vade-mecum</source>
        <translation>Répond au vade-mecum</translation>
    </message>
</context>
<context>
    <name>balise::ui::FrameworkFromVadeMecumDialog</name>
    <message>
        <source>Objectives from the vade-mecum</source>
        <translation>Objectifs tirés du vade-mecum</translation>
    </message>
    <message>
        <source>One objective per ticked need or field of attention, named after it and citing it. Those no objective serves yet are ticked. Criteria and indicators are yours to add.</source>
        <translation>Un objectif par besoin ou point d&apos;attention coché, qui en porte le nom et le cite. Ceux auxquels aucun objectif ne répond encore sont cochés. Les critères et les indicateurs restent à ajouter.</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Besoins prioritaires</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>The vade-mecum has no need or field of attention yet: write them first.</source>
        <translation>Le vade-mecum n&apos;a encore ni besoin ni point d&apos;attention : rédigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>&amp;Add the objectives</source>
        <translation>&amp;Ajouter les objectifs</translation>
    </message>
    <message>
        <source>Tick at least one need or field of attention.</source>
        <translation>Cochez au moins un besoin ou un point d&apos;attention.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n objective(s) from the vade-mecum</source>
        <translation>
            <numerusform>Ajouter %n objectif tiré du vade-mecum</numerusform>
            <numerusform>Ajouter %n objectifs tirés du vade-mecum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::FrameworkModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>A weight is a number of 0 or more, such as 2 or 0.5.</source>
        <translation>Un poids est un nombre positif ou nul, par exemple 2 ou 0,5.</translation>
    </message>
    <message>
        <source>Choose whether higher or lower values are better, or a target band.</source>
        <translation>Choisissez si les valeurs élevées ou basses sont meilleures, ou une plage cible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ImpactAccountEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Unit of activity:</source>
        <translation>&amp;Unité d&apos;activité :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Monnaie :</translation>
    </message>
    <message>
        <source>&amp;Investment (empty: none):</source>
        <translation>&amp;Investissement (vide : aucun) :</translation>
    </message>
    <message>
        <source>&amp;Discount rate per period (%):</source>
        <translation>&amp;Taux d&apos;actualisation par période (%) :</translation>
    </message>
    <message>
        <source>Cost or benefit</source>
        <translation>Coût ou bénéfice</translation>
    </message>
    <message>
        <source>Value per unit</source>
        <translation>Valeur par unité</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Porté par</translation>
    </message>
    <message>
        <source>Volume of activity</source>
        <translation>Volume d&apos;activité</translation>
    </message>
    <message>
        <source>Add a &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Costs (negative) and benefits (positive) per unit of activity:</source>
        <translation>Coûts (négatifs) et bénéfices (positifs) par unité d&apos;activité :</translation>
    </message>
    <message>
        <source>Activity per period:</source>
        <translation>Activité par période :</translation>
    </message>
    <message>
        <source>&amp;Add an account</source>
        <translation>&amp;Ajouter un bilan</translation>
    </message>
    <message>
        <source>Remove this account</source>
        <translation>Supprimer ce bilan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>« %1 » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: write 4 for 4 %.</source>
        <translation>« %1 » n&apos;est pas un taux : écrivez 4 pour 4 %.</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Aucun bilan choisi</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source> per %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Per unit: %1 for society, %2 for the user, %3 in all%4.</source>
        <translation>Par unité : %1 pour la société, %2 pour l&apos;usager, %3 au total%4.</translation>
    </message>
    <message>
        <source>%1: %2 (society %3, users %4)</source>
        <translation>%1 : %2 (société %3, usagers %4)</translation>
    </message>
    <message>
        <source>Net over these periods: %1. Net present value at %2 %: %3.</source>
        <translation>Net sur ces périodes : %1. Valeur actuelle nette à %2 % : %3.</translation>
    </message>
    <message>
        <source>Internal rate of return: %1 %%2.</source>
        <translation>Taux de rendement interne : %1 %%2.</translation>
    </message>
    <message>
        <source> (the flows change sign several times: the lowest rate)</source>
        <translation> (les flux changent plusieurs fois de signe : le plus bas des taux)</translation>
    </message>
    <message>
        <source>No internal rate of return: the flows never repay the investment, or there is nothing to repay.</source>
        <translation>Pas de taux de rendement interne : les flux ne remboursent jamais l&apos;investissement, ou il n&apos;y a rien à rembourser.</translation>
    </message>
    <message>
        <source>Give a volume of activity for at least one period to see the totals.</source>
        <translation>Indiquez un volume d&apos;activité pour au moins une période pour voir les totaux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value per unit.</source>
        <translation>« %1 » n&apos;est pas une valeur par unité.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write %2 or %3.</source>
        <translation>« %1 » : écrivez %2 ou %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a volume.</source>
        <translation>« %1 » n&apos;est pas un volume.</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>New impact account</source>
        <translation>Nouveau bilan des impacts</translation>
    </message>
</context>
<context>
    <name>balise::ui::IndicatorForm</name>
    <message>
        <source>De&amp;finition:</source>
        <translation>Dé&amp;finition :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>&amp;Levels (worst first, separated by |):</source>
        <translation>Ni&amp;veaux (du pire au meilleur, séparés par |) :</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation>N&amp;ormalisation :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Sou&amp;rce :</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole de collecte :</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <source>Collection &amp;cost (€):</source>
        <translation>&amp;Coût de collecte (€) :</translation>
    </message>
    <message>
        <source>Cost &amp;note:</source>
        <translation>Remarque sur le co&amp;ût :</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Valeur de &amp;référence :</translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation>Date de la ré&amp;férence :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Valeur &amp;cible :</translation>
    </message>
    <message>
        <source>Target d&amp;ate:</source>
        <translation>Date de la ci&amp;ble :</translation>
    </message>
    <message>
        <source>Band: &amp;from</source>
        <translation>Plage : &amp;de</translation>
    </message>
    <message>
        <source>Band: t&amp;o</source>
        <translation>Plage : &amp;à</translation>
    </message>
    <message>
        <source>Band: &amp;tolerance</source>
        <translation>Plage : &amp;tolérance</translation>
    </message>
    <message>
        <source>&amp;Red below (empty: the project&apos;s):</source>
        <translation>Rou&amp;ge sous (vide : celui du projet) :</translation>
    </message>
    <message>
        <source>&amp;Green from (empty: the project&apos;s):</source>
        <translation>&amp;Vert à partir de (vide : celui du projet) :</translation>
    </message>
    <message>
        <source>Quality of the indicator (0 = poor, 4 = excellent)</source>
        <translation>Qualité de l&apos;indicateur (0 = faible, 4 = excellente)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>Why this rating</source>
        <translation>Pourquoi cette note</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as %2 or 2030-12-31.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la comme %2 ou 2030-12-31.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ItemDetailsView</name>
    <message>
        <source>Not in the project</source>
        <translation>Absent du projet</translation>
    </message>
    <message>
        <source>This item is no longer in the project.</source>
        <translation>Cet élément ne figure plus dans le projet.</translation>
    </message>
    <message>
        <source>Scores and comparison</source>
        <translation>Scores et comparaison</translation>
    </message>
    <message>
        <source>The services are scored on the framework.</source>
        <translation>Les services sont évalués selon le référentiel.</translation>
    </message>
</context>
<context>
    <name>balise::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Balise</source>
        <translation>À &amp;propos de Balise</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Balise projects (*.balise)</source>
        <translation>Projets Balise (*.balise)</translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Balise</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>%1 (read-only) — Balise</source>
        <translation>%1 (lecture seule) — Balise</translation>
    </message>
    <message>
        <source>%1 — Balise</source>
        <translation>%1 — Balise</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <source>Objectives: %1 · Indicators: %2 · Services: %3 · Periods: %4 · Values: %5</source>
        <translation>Objectifs : %1 · Indicateurs : %2 · Services : %3 · Périodes : %4 · Valeurs : %5</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <source>&amp;Import measurements or services…</source>
        <translation>&amp;Importer des mesures ou des services…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file and go on working on the copy</source>
        <translation>Écrire une copie du projet dans un autre fichier et continuer le travail sur cette copie</translation>
    </message>
    <message>
        <source>Project &amp;properties…</source>
        <translation>&amp;Propriétés du projet…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>%1 (copy).balise</source>
        <translation>%1 (copie).balise</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved as %1; every change now goes to this file.</source>
        <translation>Enregistré sous %1 ; chaque modification va désormais dans ce fichier.</translation>
    </message>
    <message>
        <source>Find in the project (Ctrl+F)</source>
        <translation>Rechercher dans le projet (Ctrl+F)</translation>
    </message>
    <message>
        <source>An objective, indicator, service, period or vade-mecum item by its code or its name; Enter finds the next one</source>
        <translation>Un objectif, un indicateur, un service, une période ou un élément du vade-mecum, par son code ou son nom ; Entrée trouve le suivant</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Nothing in the project matches &quot;%1&quot;.</source>
        <translation>Rien dans le projet ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 of %2 matching &quot;%3&quot;</source>
        <translation>%1 sur %2 correspondant à « %3 »</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Keep this project&apos;s vade-mecum, framework and questionnaire as a starting point for other projects</source>
        <translation>Garder le vade-mecum, le référentiel et le questionnaire de ce projet comme point de départ d’autres projets</translation>
    </message>
    <message>
        <source>Template &amp;library…</source>
        <translation>&amp;Bibliothèque de modèles…</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>&amp;Export the report as PDF…</source>
        <translation>&amp;Exporter le rapport en PDF…</translation>
    </message>
    <message>
        <source>Print t&amp;he report…</source>
        <translation>Imprimer le rappor&amp;t…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Exporter des &amp;données…</translation>
    </message>
</context>
<context>
    <name>balise::ui::MeasurementSheet</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Tab: next indicator · Enter: next service · Ctrl+V: paste from a spreadsheet · NA: missing · Delete: clear</source>
        <translation>Tab : indicateur suivant · Entrée : service suivant · Ctrl+V : coller depuis un tableur · NA : manquant · Suppr : effacer</translation>
    </message>
</context>
<context>
    <name>balise::ui::MeasurementSheetModel</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>The pasted block is %1 rows by %2 columns: it goes beyond the sheet from the selected cell. Nothing was pasted.</source>
        <translation>Le bloc collé fait %1 lignes sur %2 colonnes : il dépasse du tableau à partir de la cellule choisie. Rien n&apos;a été collé.</translation>
    </message>
    <message>
        <source>%1, %2: %3 Nothing was pasted.</source>
        <translation>%1, %2 : %3 Rien n&apos;a été collé.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Coller %n cellule</numerusform>
            <numerusform>Coller %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Effacer %n cellule</numerusform>
            <numerusform>Effacer %n cellules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::NewProjectDialog</name>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>optional: start from a framework CSV file</source>
        <translation>facultatif : partir d&apos;un fichier CSV de référentiel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Fra&amp;mework:</source>
        <translation>&amp;Référentiel :</translation>
    </message>
    <message>
        <source>Every change is written to this file as you make it: there is nothing to save.</source>
        <translation>Chaque modification est écrite dans ce fichier au moment où vous la faites : il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Where to create the project</source>
        <translation>Où créer le projet</translation>
    </message>
    <message>
        <source>Balise projects (*.balise)</source>
        <translation>Projets Balise (*.balise)</translation>
    </message>
    <message>
        <source>Framework to start from</source>
        <translation>Référentiel de départ</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation>Le projet doit avoir un titre.</translation>
    </message>
    <message>
        <source>Say where to create the project&apos;s file.</source>
        <translation>Indiquez où créer le fichier du projet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 has problems; no project was created:
%2</source>
        <translation>%1 comporte des problèmes ; aucun projet n&apos;a été créé :
%2</translation>
    </message>
    <message>
        <source>none: an empty vade-mecum and framework</source>
        <translation>aucun : un vade-mecum et un référentiel vides</translation>
    </message>
    <message>
        <source>Start from a templ&amp;ate:</source>
        <translation>Partir d&apos;un &amp;modèle :</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (le vôtre)</translation>
    </message>
</context>
<context>
    <name>balise::ui::NodeLinksEditor</name>
    <message>
        <source>Select an objective to say which needs, principles and fields of attention of the vade-mecum it serves.</source>
        <translation>Sélectionnez un objectif pour dire à quels besoins, principes et points d&apos;attention du vade-mecum il répond.</translation>
    </message>
    <message>
        <source>The vade-mecum has no need, principle or field of attention yet: write them first, under Vade-mecum in the project tree.</source>
        <translation>Le vade-mecum n&apos;a encore ni besoin, ni principe, ni point d&apos;attention : rédigez-les d&apos;abord, sous Vade-mecum dans l&apos;arborescence du projet.</translation>
    </message>
    <message>
        <source>What %1 serves in the vade-mecum:</source>
        <translation>Ce à quoi %1 répond dans le vade-mecum :</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Besoins prioritaires</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
</context>
<context>
    <name>balise::ui::PeriodEditor</name>
    <message>
        <source>The period has dates</source>
        <translation>La période a des dates</translation>
    </message>
    <message>
        <source>Remove this period…</source>
        <translation>Supprimer cette période…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Add a period</source>
        <translation>&amp;Ajouter une période</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <source>No period selected</source>
        <translation>Aucune période choisie</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Nouvelle période</translation>
    </message>
    <message>
        <source>New period %1</source>
        <translation>Nouvelle période %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove the period &quot;%1&quot; and its %n measurement(s)? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer la période « %1 » et sa mesure ? Ctrl+Z permet d&apos;annuler.</numerusform>
            <numerusform>Supprimer la période « %1 » et ses %n mesures ? Ctrl+Z permet d&apos;annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::PostureEditor</name>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures de l&apos;acteur public</translation>
    </message>
    <message>
        <source>Which roles the territory takes towards the data services, and how: as the one who sets the rules, who buys data, who re-uses it, who invests, who builds commons.</source>
        <translation>Quels rôles le territoire prend à l&apos;égard des services de données, et comment : celui qui fixe les règles, qui achète des données, qui les réutilise, qui investit, qui construit des communs.</translation>
    </message>
    <message>
        <source>How the territory takes this posture</source>
        <translation>Comment le territoire prend cette posture</translation>
    </message>
    <message>
        <source>Edit the posture %1</source>
        <translation>Modifier la posture %1</translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectDocument</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>The change could not be undone or redone: %1 The undo history has been cleared; the project holds every change made so far.</source>
        <translation>La modification n&apos;a pas pu être annulée ou rétablie : %1 L&apos;historique d&apos;annulation a été effacé ; le projet garde toutes les modifications faites jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectInfoForm</name>
    <message>
        <source>e.g. Urban data services 2027</source>
        <translation>p. ex. Services urbains de données 2027</translation>
    </message>
    <message>
        <source>e.g. Val d&apos;Ardoise</source>
        <translation>p. ex. Val d&apos;Ardoise</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source> inhabitants</source>
        <translation> habitants</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind of territory:</source>
        <translation>T&amp;ype de territoire :</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Population :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>T&amp;erritory:</source>
        <translation>Terr&amp;itoire :</translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectPropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>&amp;Red below:</source>
        <translation>&amp;Rouge en dessous de :</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>&amp;Vert à partir de :</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage:</source>
        <translation>&amp;Couverture minimale :</translation>
    </message>
    <message>
        <source>&amp;Normalisation by default:</source>
        <translation>&amp;Normalisation par défaut :</translation>
    </message>
    <message>
        <source>&amp;Aggregation:</source>
        <translation>&amp;Agrégation :</translation>
    </message>
    <message>
        <source>Readability of the framework</source>
        <translation>Lisibilité du référentiel</translation>
    </message>
    <message>
        <source>Indicators per criterion, at most:</source>
        <translation>Indicateurs par critère, au plus :</translation>
    </message>
    <message>
        <source>Indicators in the framework, at most:</source>
        <translation>Indicateurs dans le référentiel, au plus :</translation>
    </message>
    <message>
        <source>Less measured than this: &quot;insufficient data&quot;, no score.</source>
        <translation>Moins mesuré que cela : « données insuffisantes », pas de score.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectTreeModel</name>
    <message>
        <source>Vade-mecum (%1, %2)</source>
        <translation>Vade-mecum (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n besoin</numerusform>
            <numerusform>%n besoins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principle(s)</source>
        <translation>
            <numerusform>%n principe</numerusform>
            <numerusform>%n principes</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority needs (%1)</source>
        <translation>Besoins prioritaires (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <source>Principles (%1)</source>
        <translation>Principes (%1)</translation>
    </message>
    <message>
        <source>Fields of attention (%1)</source>
        <translation>Points d&apos;attention (%1)</translation>
    </message>
    <message>
        <source>Resources offered (%1)</source>
        <translation>Ressources mises à disposition (%1)</translation>
    </message>
    <message>
        <source>Postures (%1)</source>
        <translation>Postures (%1)</translation>
    </message>
    <message>
        <source>Free sections (%1)</source>
        <translation>Sections libres (%1)</translation>
    </message>
    <message>
        <source>Operator questionnaire (%1)</source>
        <translation>Questionnaire aux opérateurs (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revisions (%1)</source>
        <translation>Révisions (%1)</translation>
    </message>
    <message>
        <source>Revision %1 — %2</source>
        <translation>Révision %1 — %2</translation>
    </message>
    <message>
        <source>Framework (%1, %2)</source>
        <translation>Référentiel (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objectif</numerusform>
            <numerusform>%n objectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Data services (%1)</source>
        <translation>Services de données (%1)</translation>
    </message>
    <message>
        <source>Periods (%1)</source>
        <translation>Périodes (%1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln valeur</numerusform>
            <numerusform>%Ln valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln manquante</numerusform>
            <numerusform>%Ln manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurements (%1)</source>
        <translation>Mesures (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Impact accounts (%1)</source>
        <translation>Bilans des impacts (%1)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Scores and comparison</source>
        <translation>Scores et comparaison</translation>
    </message>
    <message>
        <source>Robustness of the ranking</source>
        <translation>Robustesse du classement</translation>
    </message>
    <message>
        <source>Quality of the indicators</source>
        <translation>Qualité des indicateurs</translation>
    </message>
    <message>
        <source>Scorecard of a service</source>
        <translation>Tableau de bord d&apos;un service</translation>
    </message>
    <message>
        <source>Destabilisation radar</source>
        <translation>Radar de déstabilisation</translation>
    </message>
    <message>
        <source>Sensitivity to the weights</source>
        <translation>Sensibilité aux poids</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Comparison of services</source>
        <translation>Comparaison des services</translation>
    </message>
    <message>
        <source>Vade-mecum and framework</source>
        <translation>Vade-mecum et référentiel</translation>
    </message>
    <message>
        <source>Evolution of a service</source>
        <translation>Évolution d’un service</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Bilans des impacts</translation>
    </message>
</context>
<context>
    <name>balise::ui::QualityAuditModel</name>
    <message>
        <source>The data cast doubt on this quality: see the hints.</source>
        <translation>Les données mettent en doute cette qualité : voir les indices.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Hints from the data</source>
        <translation>Ce que disent les données</translation>
    </message>
</context>
<context>
    <name>balise::ui::QualityAuditView</name>
    <message>
        <source>The user&apos;s ratings of the six qualities (0 = poor, 4 = excellent; — = not rated). Amber: the data cast doubt on that quality. Pale red: rated 0 or 1.</source>
        <translation>Notes données aux six qualités (0 = faible, 4 = excellente ; — = non évaluée). Orange : les données mettent en doute cette qualité. Rouge pâle : note de 0 ou 1.</translation>
    </message>
</context>
<context>
    <name>balise::ui::QuestionnaireEditor</name>
    <message>
        <source>Counts towards the adequacy score</source>
        <translation>Compte dans le score d&apos;adéquation</translation>
    </message>
    <message>
        <source>Lower is better: &quot;no&quot;, the low end of the scale, the first choice</source>
        <translation>Moins vaut mieux : « non », le bas de l&apos;échelle, le premier choix</translation>
    </message>
    <message>
        <source>Add a &amp;section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation>Ajouter une &amp;question</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Add the s&amp;tarter questions</source>
        <translation>Ajouter les questions de dép&amp;art</translation>
    </message>
    <message>
        <source>Questionnaire to operators</source>
        <translation>Questionnaire aux opérateurs</translation>
    </message>
    <message>
        <source>What the territory asks every operator before meeting them. Scored answers give the adequacy between their offer and the territory&apos;s needs.</source>
        <translation>Ce que le territoire demande à chaque opérateur avant de le rencontrer. Les réponses notées donnent l&apos;adéquation entre son offre et les besoins du territoire.</translation>
    </message>
    <message>
        <source>Questions to start from: whom the operator met, whose problem the service solves, the evidence, the data shared, whom the service does not reach</source>
        <translation>Des questions pour commencer : qui l&apos;opérateur a rencontré, à quel problème le service répond, les preuves, les données partagées, qui le service ne touche pas</translation>
    </message>
    <message>
        <source>One choice per line, the worst first</source>
        <translation>Un choix par ligne, le moins bon d&apos;abord</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Type de réponse :</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Choix :</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Éc&amp;helle :</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>Informs the &amp;objective:</source>
        <translation>Éclaire l&apos;&amp;objectif :</translation>
    </message>
    <message>
        <source>Select a section or a question, or add one.</source>
        <translation>Sélectionnez une section ou une question, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Preview for the operator</source>
        <translation>Aperçu pour l&apos;opérateur</translation>
    </message>
    <message>
        <source>Edit the section %1</source>
        <translation>Modifier la section %1</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Premier choix</translation>
    </message>
    <message>
        <source>Second choice</source>
        <translation>Deuxième choix</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Scored, weight %1</source>
        <translation>Notée, poids %1</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>De la part de : %1.</translation>
    </message>
    <message>
        <source>Your answer, in a few lines.</source>
        <translation>Votre réponse, en quelques lignes.</translation>
    </message>
    <message>
        <source>☐ yes   ☐ no</source>
        <translation>☐ oui   ☐ non</translation>
    </message>
    <message>
        <source>One answer:</source>
        <translation>Une seule réponse :</translation>
    </message>
    <message>
        <source>Any that apply:</source>
        <translation>Toutes celles qui s&apos;appliquent :</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>De %1 à %2.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Un nombre.</translation>
    </message>
    <message>
        <source>No question yet.</source>
        <translation>Aucune question pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation>Modifier une question</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; with %n answer(s) operators gave? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer « %1 » avec %n réponse donnée par les opérateurs ? Ctrl+Z annule la suppression.</numerusform>
            <numerusform>Supprimer « %1 » avec %n réponses données par les opérateurs ? Ctrl+Z annule la suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move in the questionnaire</source>
        <translation>Déplacer dans le questionnaire</translation>
    </message>
    <message>
        <source>Add the starter questions</source>
        <translation>Ajouter les questions de départ</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Section t&amp;itle:</source>
        <translation>T&amp;itre de la section :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Answers the nee&amp;d:</source>
        <translation>Répond au &amp;besoin :</translation>
    </message>
    <message>
        <source>Export the questionnaire for operators</source>
        <translation>Exporter le questionnaire pour les opérateurs</translation>
    </message>
    <message>
        <source>questionnaire.csv</source>
        <translation>questionnaire.csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Ex&amp;port for operators…</source>
        <translation>Exporte&amp;r pour les opérateurs…</translation>
    </message>
    <message>
        <source>The blank questionnaire as a spreadsheet (CSV) or JSON file for an operator to fill in, their answers then imported back from the service&apos;s page; or as a PDF document to print</source>
        <translation>Le questionnaire vierge en tableur (CSV) ou en fichier JSON à faire remplir par un opérateur, ses réponses étant ensuite importées depuis la page du service ; ou en document PDF à imprimer</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json);;Document to print (*.pdf)</source>
        <translation>Tableur (*.csv);;JSON (*.json);;Document à imprimer (*.pdf)</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Opérateur :</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Answered by:</source>
        <translation>Rempli par :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
</context>
<context>
    <name>balise::ui::RankHistoryModel</name>
    <message>
        <source>Not ranked: insufficient data</source>
        <translation>Non classé : données insuffisantes</translation>
    </message>
    <message numerus="yes">
        <source>Rank %1 of %2, %n place(s) up since the previous period</source>
        <translation>
            <numerusform>Rang %1 sur %2, %n place gagnée depuis la période précédente</numerusform>
            <numerusform>Rang %1 sur %2, %n places gagnées depuis la période précédente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank %1 of %2, %n place(s) down since the previous period</source>
        <translation>
            <numerusform>Rang %1 sur %2, %n place perdue depuis la période précédente</numerusform>
            <numerusform>Rang %1 sur %2, %n places perdues depuis la période précédente</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>Rang %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (▲%2)</source>
        <translation>%1 (▲%2)</translation>
    </message>
    <message>
        <source>%1 (▼%2)</source>
        <translation>%1 (▼%2)</translation>
    </message>
</context>
<context>
    <name>balise::ui::RankStatisticsModel</name>
    <message>
        <source>In 90 % of the replications the service ranked between these two places.</source>
        <translation>Dans 90 % des tirages, le service s&apos;est classé entre ces deux places.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation>Rang médian</translation>
    </message>
    <message>
        <source>5–95 % interval</source>
        <translation>Intervalle 5–95 %</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Rang moyen</translation>
    </message>
    <message>
        <source>P(first)</source>
        <translation>P(1er)</translation>
    </message>
</context>
<context>
    <name>balise::ui::ReplicationsModel</name>
    <message>
        <source>the framework&apos;s</source>
        <translation>celle du référentiel</translation>
    </message>
    <message>
        <source>distance to target</source>
        <translation>distance à la cible</translation>
    </message>
    <message>
        <source>min-max</source>
        <translation>min-max</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <source>geometric</source>
        <translation>géométrique</translation>
    </message>
    <message>
        <source>arithmetic</source>
        <translation>arithmétique</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
</context>
<context>
    <name>balise::ui::ReportsView</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vices :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Scorecard of a service</source>
        <translation>Tableau de bord d’un service</translation>
    </message>
    <message>
        <source>Comparison of services</source>
        <translation>Comparaison des services</translation>
    </message>
    <message>
        <source>The services compared; none ticked: all of them</source>
        <translation>Les services comparés ; aucun coché : tous</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer : %1</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Evolution of a service</source>
        <translation>Évolution d’un service</translation>
    </message>
    <message>
        <source>Vade-mecum and framework</source>
        <translation>Vade-mecum et référentiel</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Bilans des impacts</translation>
    </message>
</context>
<context>
    <name>balise::ui::RevisionsEditor</name>
    <message>
        <source>&amp;Record a revision…</source>
        <translation>&amp;Enregistrer une révision…</translation>
    </message>
    <message>
        <source>Revisions of the vade-mecum</source>
        <translation>Révisions du vade-mecum</translation>
    </message>
    <message>
        <source>A revision freezes the vade-mecum as it stands, with who wrote it and its political status: record one before submitting the text, and note its validation.</source>
        <translation>Une révision fige le vade-mecum tel qu&apos;il est, avec son auteur et son statut politique : enregistrez-en une avant de soumettre le texte, puis notez sa validation.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Validated by, on</source>
        <translation>Validée par, le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Validated &amp;by:</source>
        <translation>Validée &amp;par :</translation>
    </message>
    <message>
        <source>Validated &amp;on:</source>
        <translation>Validée &amp;le :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>The selected revision</source>
        <translation>La révision sélectionnée</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Record a revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <source>What changed since the last revision (optional):</source>
        <translation>Ce qui a changé depuis la dernière révision (facultatif) :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Say who validated this revision, then the date.</source>
        <translation>Indiquez qui a validé cette révision, puis la date.</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Révision %1 (%2)</translation>
    </message>
    <message>
        <source>the current content</source>
        <translation>le contenu actuel</translation>
    </message>
    <message>
        <source>No revision yet: record one to follow how the vade-mecum changes.</source>
        <translation>Aucune révision pour l&apos;instant : enregistrez-en une pour suivre l&apos;évolution du vade-mecum.</translation>
    </message>
    <message>
        <source>This revision&apos;s content cannot be read.</source>
        <translation>Le contenu de cette révision est illisible.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>Show what the selected revision &amp;says</source>
        <translation>&amp;Afficher le contenu de la révision sélectionnée</translation>
    </message>
    <message>
        <source>Revision %1, as recorded:</source>
        <translation>Révision %1, telle qu&apos;enregistrée :</translation>
    </message>
</context>
<context>
    <name>balise::ui::SaveTemplateDialog</name>
    <message numerus="yes">
        <source>Keep the project&apos;s %n service(s) as sample services</source>
        <translation>
            <numerusform>Garder le service du projet comme service d’exemple</numerusform>
            <numerusform>Garder les %n services du projet comme services d’exemple</numerusform>
        </translation>
    </message>
    <message>
        <source>In my template &amp;library</source>
        <translation>Dans ma &amp;bibliothèque de modèles</translation>
    </message>
    <message>
        <source>In a &amp;file, to hand to someone else:</source>
        <translation>Dans un &amp;fichier, à remettre à quelqu’un d’autre :</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes: the name of the template&apos;s file and what balise new --template takes</source>
        <translation>Minuscules, chiffres et tirets : le nom du fichier du modèle et ce que prend balise new --template</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The template keeps the vade-mecum, the framework with every attribute of its nodes and the questionnaire. Measurements, answers and revisions stay in the project.</source>
        <translation>Le modèle garde le vade-mecum, le référentiel avec tous les attributs de ses nœuds et le questionnaire. Les mesures, les réponses et les révisions restent dans le projet.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Lan&amp;guage of its texts:</source>
        <translation>Lan&amp;gue de ses textes :</translation>
    </message>
    <message>
        <source>Save the template as</source>
        <translation>Enregistrer le modèle sous</translation>
    </message>
    <message>
        <source>Balise templates (*.balise-template)</source>
        <translation>Modèles Balise (*.balise-template)</translation>
    </message>
    <message>
        <source>The template needs a title.</source>
        <translation>Le modèle a besoin d’un titre.</translation>
    </message>
    <message>
        <source>The template needs an identifier.</source>
        <translation>Le modèle a besoin d’un identifiant.</translation>
    </message>
    <message>
        <source>Say which file the template goes to.</source>
        <translation>Indiquez dans quel fichier va le modèle.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>You already have a template called &quot;%1&quot;. Save again to replace it, or change the identifier.</source>
        <translation>Vous avez déjà un modèle appelé « %1 ». Enregistrez de nouveau pour le remplacer, ou changez l’identifiant.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ScoreTableModel</name>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>données insuffisantes</translation>
    </message>
    <message>
        <source> · #%1</source>
        <translation> · #%1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of the weight measured</source>
        <translation>%1 — %2 : %3 du poids mesuré</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
</context>
<context>
    <name>balise::ui::ScorecardNodesModel</name>
    <message>
        <source>target reached</source>
        <translation>cible atteinte</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>How far the latest value has gone from the baseline (0 %) to the target (100 %)</source>
        <translation>Chemin parcouru par la dernière valeur, de la référence (0 %) à la cible (100 %)</translation>
    </message>
    <message>
        <source>Whether, at the pace since the baseline, the target is reached by its date</source>
        <translation>Si, au rythme suivi depuis la référence, la cible est atteinte à sa date</translation>
    </message>
    <message>
        <source>Objective, criterion, indicator</source>
        <translation>Objectif, critère, indicateur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Feu</translation>
    </message>
    <message>
        <source>Since the previous period</source>
        <translation>Depuis la période précédente</translation>
    </message>
    <message>
        <source>Way to the target</source>
        <translation>Chemin vers la cible</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
</context>
<context>
    <name>balise::ui::ScorecardView</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>%1: insufficient data in %2 (%3 of the weight measured)</source>
        <translation>%1 : données insuffisantes en %2 (%3 du poids mesuré)</translation>
    </message>
    <message>
        <source>%1: %2 / 100, %3 — rank %4 of %5 — %6 of the weight measured</source>
        <translation>%1 : %2 / 100, %3 — rang %4 sur %5 — %6 du poids mesuré</translation>
    </message>
    <message>
        <source>Strongest: %1
Weakest: %2</source>
        <translation>Points forts : %1
Points faibles : %2</translation>
    </message>
    <message>
        <source>average of the services</source>
        <translation>moyenne des services</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
</context>
<context>
    <name>balise::ui::SensitivityView</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Each weight moved by:</source>
        <translation>&amp;Chaque poids modifié de :</translation>
    </message>
    <message>
        <source>Change of the overall score, in points</source>
        <translation>Variation du score global, en points</translation>
    </message>
    <message>
        <source>weight −%1 %</source>
        <translation>poids −%1 %</translation>
    </message>
    <message>
        <source>weight +%1 %</source>
        <translation>poids +%1 %</translation>
    </message>
    <message>
        <source>No single weight moved by ±%1 % changes the ranking of the services.</source>
        <translation>Aucun poids modifié seul de ±%1 % ne change le classement des services.</translation>
    </message>
    <message numerus="yes">
        <source>Moving one weight by ±%1 % changes the place of %n service(s) in the ranking.</source>
        <translation>
            <numerusform>Modifier un seul poids de ±%1 % change la place de %n service dans le classement.</numerusform>
            <numerusform>Modifier un seul poids de ±%1 % change la place de %n services dans le classement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::ServiceAnswersEditor</name>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>un choix parmi : %1</translation>
    </message>
    <message>
        <source>any of: %1 (separated by ;)</source>
        <translation>un ou plusieurs parmi : %1 (séparés par ;)</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>no scored answer yet</source>
        <translation>aucune réponse notée pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 / 100 (%2 of the scored weight answered)</source>
        <translation>%1 / 100 (%2 du poids noté renseigné)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — scored</source>
        <translation>%1 — notée</translation>
    </message>
    <message>
        <source>The questionnaire has no question yet: write it under Vade-mecum › Operator questionnaire.</source>
        <translation>Le questionnaire n&apos;a encore aucune question : rédigez-le sous Vade-mecum › Questionnaire aux opérateurs.</translation>
    </message>
    <message>
        <source>Adequacy to the territory&apos;s needs: %1</source>
        <translation>Adéquation aux besoins du territoire : %1</translation>
    </message>
    <message>
        <source>— %1: %2</source>
        <translation>— %1 : %2</translation>
    </message>
    <message>
        <source>Answer %1 is not kept: %2</source>
        <translation>La réponse %1 n&apos;est pas retenue : %2</translation>
    </message>
    <message>
        <source>&amp;Import an operator&apos;s answers…</source>
        <translation>&amp;Importer les réponses d&apos;un opérateur…</translation>
    </message>
    <message>
        <source>Import an operator&apos;s answers</source>
        <translation>Importer les réponses d&apos;un opérateur</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv *.txt);;All files (*)</source>
        <translation>Tableur (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>%1 has problems; no answer was imported:
%2</source>
        <translation>%1 comporte des problèmes ; aucune réponse n&apos;a été importée :
%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) imported for %2</source>
        <translation>
            <numerusform>%1 : %n réponse importée pour %2</numerusform>
            <numerusform>%1 : %n réponses importées pour %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left blank.</source>
        <translation>
            <numerusform>%n question laissée vide.</numerusform>
            <numerusform>%n questions laissées vides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::ServiceEditor</name>
    <message>
        <source>Remove this service…</source>
        <translation>Supprimer ce service…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur :</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Role of the &amp;data:</source>
        <translation>Rôle des &amp;données :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Population &amp;reached:</source>
        <translation>Population &amp;atteinte :</translation>
    </message>
    <message>
        <source>Population &amp;not reached:</source>
        <translation>Population &amp;non atteinte :</translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures de l&apos;acteur public</translation>
    </message>
    <message>
        <source>Destabilisation profile (0 = none, 4 = strong)</source>
        <translation>Profil de déstabilisation (0 = nulle, 4 = forte)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>&amp;Add a service</source>
        <translation>A&amp;jouter un service</translation>
    </message>
    <message>
        <source>No service selected</source>
        <translation>Aucun service choisi</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; and its %n measurement(s)? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer « %1 » et sa mesure ? Ctrl+Z permet d&apos;annuler.</numerusform>
            <numerusform>Supprimer « %1 » et ses %n mesures ? Ctrl+Z permet d&apos;annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers to the operator questionnaire</source>
        <translation>Réponses au questionnaire aux opérateurs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Postures and destabilisation</source>
        <translation>Postures et déstabilisation</translation>
    </message>
</context>
<context>
    <name>balise::ui::TemplateLibraryDialog</name>
    <message>
        <source>&amp;New project from this template…</source>
        <translation>&amp;Nouveau projet à partir de ce modèle…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <source>Only your own templates can be removed; those that come with Balise stay.</source>
        <translation>Seuls vos propres modèles peuvent être retirés ; ceux fournis avec Balise restent.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a template file received from someone else to your library</source>
        <translation>Ajouter à votre bibliothèque un fichier de modèle reçu de quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Template to import</source>
        <translation>Modèle à importer</translation>
    </message>
    <message>
        <source>Balise templates (%1)</source>
        <translation>Modèles Balise (%1)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>Remove your template &quot;%1&quot; from the library? Projects made from it keep what they hold.</source>
        <translation>Retirer votre modèle « %1 » de la bibliothèque ? Les projets créés à partir de lui gardent ce qu’ils contiennent.</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (le vôtre)</translation>
    </message>
    <message>
        <source>Some files of your library cannot be read:
%1</source>
        <translation>Certains fichiers de votre bibliothèque ne peuvent pas être lus :
%1</translation>
    </message>
    <message>
        <source>No template yet: import one, or save a project as a template.</source>
        <translation>Aucun modèle pour l’instant : importez-en un, ou enregistrez un projet comme modèle.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé : %2</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is now in your library.</source>
        <translation>Le modèle « %1 » est maintenant dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was removed from your library.</source>
        <translation>Le modèle « %1 » a été retiré de votre bibliothèque.</translation>
    </message>
</context>
<context>
    <name>balise::ui::UncertaintyRunner</name>
    <message>
        <source>An analysis is already running.</source>
        <translation>Une analyse est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>balise::ui::UncertaintyView</name>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>aggregation method</source>
        <translation>méthode d&apos;agrégation</translation>
    </message>
    <message>
        <source>normalisation</source>
        <translation>normalisation</translation>
    </message>
    <message>
        <source>Draw the aggregation (arithmetic or geometric mean)</source>
        <translation>Tirer l&apos;agrégation au sort (moyenne arithmétique ou géométrique)</translation>
    </message>
    <message>
        <source>Draw the normalisation</source>
        <translation>Tirer la normalisation au sort</translation>
    </message>
    <message>
        <source>Sensitivity indices (Saltelli)</source>
        <translation>Indices de sensibilité (Saltelli)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Replications:</source>
        <translation>&amp;Tirages :</translation>
    </message>
    <message>
        <source>&amp;Weight noise:</source>
        <translation>&amp;Variation des poids :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <source>Rank (1 = best)</source>
        <translation>Rang (1 = meilleur)</translation>
    </message>
    <message>
        <source>Results of %1, period %2: %3 replications.</source>
        <translation>Résultats de %1, période %2 : %3 tirages.</translation>
    </message>
    <message>
        <source>Cancelled: the previous results are still shown.</source>
        <translation>Annulé : les résultats précédents restent affichés.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The project has changed since these results: run the analysis again to update them.</source>
        <translation>Le projet a changé depuis ces résultats : relancez l&apos;analyse pour les mettre à jour.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Period %1: %2 replications.</source>
        <translation>Période %1 : %2 tirages.</translation>
    </message>
    <message>
        <source>How much each uncertain input moves the ranking (first-order and total indices, 0 to 1):</source>
        <translation>Ce que chaque source d&apos;incertitude fait bouger dans le classement (indices de premier ordre et totaux, de 0 à 1) :</translation>
    </message>
    <message>
        <source>The ranking never moves: the indices are undefined.</source>
        <translation>Le classement ne bouge jamais : les indices ne sont pas définis.</translation>
    </message>
    <message>
        <source>%1: %2 alone, %3 with its interactions</source>
        <translation>%1 : %2 seul, %3 avec ses interactions</translation>
    </message>
    <message>
        <source>The ranking moved in only %1 of %2 samples: these indices are imprecise; raise the number of replications.</source>
        <translation>Le classement n&apos;a bougé que dans %1 échantillons sur %2 : ces indices sont imprécis ; augmentez le nombre de tirages.</translation>
    </message>
    <message>
        <source>median rank</source>
        <translation>rang médian</translation>
    </message>
    <message>
        <source>5–95 % interval</source>
        <translation>intervalle 5–95 %</translation>
    </message>
    <message>
        <source>Rank intervals</source>
        <translation>Intervalles de rang</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Tirages</translation>
    </message>
</context>
<context>
    <name>balise::ui::VadeMecumItemEditor</name>
    <message>
        <source>The territory&apos;s priority needs, domain by domain: the objectives of the framework should answer them.</source>
        <translation>Les besoins prioritaires du territoire, domaine par domaine : les objectifs du référentiel doivent y répondre.</translation>
    </message>
    <message>
        <source>What the territory asks of every operator of a data service, whatever the service.</source>
        <translation>Ce que le territoire demande à tout opérateur d&apos;un service de données, quel que soit le service.</translation>
    </message>
    <message>
        <source>What to watch in every service: for its users, for public policy, for the local economy.</source>
        <translation>Ce qu&apos;il faut surveiller dans chaque service : pour ses usagers, pour les politiques publiques, pour l&apos;économie locale.</translation>
    </message>
    <message>
        <source>What the territory offers operators — introductions, a test ground, financial support, a label — and on what conditions.</source>
        <translation>Ce que le territoire offre aux opérateurs — mises en relation, terrain d&apos;expérimentation, soutien financier, labellisation — et à quelles conditions.</translation>
    </message>
    <message>
        <source>Anything else the territory wants to say: context, governance, calendar.</source>
        <translation>Tout ce que le territoire veut dire d&apos;autre : contexte, gouvernance, calendrier.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>One condition per line, e.g. &quot;share the usage data every quarter&quot;</source>
        <translation>Une condition par ligne, p. ex. « partager les données d&apos;usage chaque trimestre »</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Nat&amp;ure :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions :</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Famille :</translation>
    </message>
    <message>
        <source>&amp;Add: %1</source>
        <translation>&amp;Ajouter : %1</translation>
    </message>
    <message>
        <source>&amp;Remove this item…</source>
        <translation>&amp;Supprimer cet élément…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot;? %n objective(s) or question(s) cite it and will lose that link. You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer « %1 » ? %n objectif ou question le cite et perdra ce lien. Ctrl+Z annule la suppression.</numerusform>
            <numerusform>Supprimer « %1 » ? %n objectifs ou questions le citent et perdront ce lien. Ctrl+Z annule la suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
</context>
<context>
    <name>balise::ui::WeightsDialog</name>
    <message>
        <source>Weights under %1</source>
        <translation>Poids sous %1</translation>
    </message>
    <message>
        <source>Weights of the objectives</source>
        <translation>Poids des objectifs</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points out of 100</source>
        <translation>Points sur 100</translation>
    </message>
    <message>
        <source>Rank (1 = most important)</source>
        <translation>Rang (1 = le plus important)</translation>
    </message>
    <message>
        <source>Every child weighs the same.</source>
        <translation>Chaque élément pèse autant.</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Égaux</translation>
    </message>
    <message>
        <source>100-point budget</source>
        <translation>Budget de 100 points</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Pairwise (AHP)</source>
        <translation>Par paires (AHP)</translation>
    </message>
    <message>
        <source>Resulting share</source>
        <translation>Part obtenue</translation>
    </message>
    <message>
        <source>Choose how to weigh; the shares below follow. Apply gives these weights to the children (Ctrl+Z undoes it).</source>
        <translation>Choisissez comment pondérer ; les parts ci-dessous suivent. Appliquer donne ces poids aux éléments (Ctrl+Z annule).</translation>
    </message>
    <message>
        <source>How much more important the row&apos;s item is than the column&apos;s, on Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more; 1/3, 1/5… the other way round.</source>
        <translation>Combien l&apos;élément de la ligne est plus important que celui de la colonne, sur l&apos;échelle de Saaty : 1 autant, 3 modérément, 5 fortement, 7 très fortement, 9 extrêmement plus ; 1/3, 1/5… dans l&apos;autre sens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is not a number.</source>
        <translation>« %1 » (%2) n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a judgement: write 1 to 9, or 1/2 to 1/9.</source>
        <translation>« %1 » n&apos;est pas un jugement : écrivez de 1 à 9, ou de 1/2 à 1/9.</translation>
    </message>
    <message>
        <source>The judgement of %1 against %2 must lie between 1/9 and 9, with its mirror the reciprocal.</source>
        <translation>Le jugement de %1 face à %2 doit être compris entre 1/9 et 9, et son symétrique en être l&apos;inverse.</translation>
    </message>
    <message>
        <source>Consistency ratio %1 (acceptable up to 0.10).</source>
        <translation>Ratio de cohérence %1 (acceptable jusqu&apos;à 0,10).</translation>
    </message>
    <message>
        <source>The least consistent judgement: %1 against %2 says %3, the others suggest about %4.</source>
        <translation>Le jugement le moins cohérent : %1 face à %2 vaut %3, les autres suggèrent environ %4.</translation>
    </message>
    <message>
        <source>%1: a weight cannot be negative.</source>
        <translation>%1 : un poids ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Every weight is zero: nothing would count.</source>
        <translation>Tous les poids sont nuls : rien ne compterait.</translation>
    </message>
    <message>
        <source>%1: the budget is shared in whole points.</source>
        <translation>%1 : le budget se partage en points entiers.</translation>
    </message>
    <message>
        <source>The points add up to %1, not 100.</source>
        <translation>Les points totalisent %1, et non 100.</translation>
    </message>
    <message>
        <source>%1: ranks start at 1.</source>
        <translation>%1 : les rangs commencent à 1.</translation>
    </message>
    <message>
        <source>These values cannot be turned into weights.</source>
        <translation>Ces valeurs ne peuvent pas donner de poids.</translation>
    </message>
    <message numerus="yes">
        <source>Weigh %n node(s)</source>
        <translation>
            <numerusform>Pondérer %n élément</numerusform>
            <numerusform>Pondérer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>One column per stakeholder: the points each gives to each child, on any scale. The group weight is the mean of their shares; the disagreement is how far they spread.</source>
        <translation>Une colonne par partie prenante : les points que chacune donne à chaque élément, sur n&apos;importe quelle échelle. Le poids du groupe est la moyenne de leurs parts ; le désaccord mesure leur dispersion.</translation>
    </message>
    <message>
        <source>Add a stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <source>Several stakeholders</source>
        <translation>Plusieurs parties prenantes</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Stakeholder %1</source>
        <translation>Partie prenante %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, %3) is not a number.</source>
        <translation>« %1 » (%2, %3) n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 gives points that cannot be weights (negative, or all zero).</source>
        <translation>%1 donne des points qui ne peuvent pas être des poids (négatifs, ou tous nuls).</translation>
    </message>
    <message>
        <source>A stakeholder</source>
        <translation>Une partie prenante</translation>
    </message>
    <message>
        <source>Disagreement (σ/mean of the stakeholders&apos; shares): %1 on average, the most on %2 (%3).</source>
        <translation>Désaccord (σ/moyenne des parts des parties prenantes) : %1 en moyenne, le plus fort sur %2 (%3).</translation>
    </message>
</context>
<context>
    <name>balise::ui::WelcomePage</name>
    <message>
        <source>Balise</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Evaluate and steer the urban data services of your territory: vade-mecum, evaluation framework, measurements per period, scores and comparisons.</source>
        <translation>Évaluez et pilotez les services urbains de données de votre territoire : vade-mecum, référentiel d&apos;évaluation, mesures par période, scores et comparaisons.</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Ouvrir le projet d&apos;exemple</translation>
    </message>
    <message>
        <source>Val d&apos;Ardoise: three energy micro-grids evaluated on one framework (fictional territory, illustrative values).</source>
        <translation>Val d&apos;Ardoise : trois micro-réseaux d&apos;énergie évalués avec un même référentiel (territoire fictif, valeurs d&apos;illustration).</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>No project opened yet.</source>
        <translation>Aucun projet ouvert pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>A new project can start from a framework CSV file (level, code, parent, name, weight…): New project offers to read one.</source>
        <translation>Un nouveau projet peut partir d&apos;un fichier CSV de référentiel (niveau, code, parent, nom, poids…) : Nouveau projet propose de le lire.</translation>
    </message>
</context>
</TS>
