<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutBox</name>
    <message>
        <source>Balise %1</source>
        <translation>Balise %1</translation>
    </message>
    <message>
        <source>A workbench to evaluate and steer the urban data services of a territory, following the method of the DataCités guide.</source>
        <translation>A workbench to evaluate and steer the urban data services of a territory, following the method of the DataCités guide.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>About Balise</source>
        <translation>About Balise</translation>
    </message>
    <message>
        <source>Running on Qt %1, SQLite %2, QCustomPlot %3 and Boost %4.</source>
        <translation>Running on Qt %1, SQLite %2, QCustomPlot %3 and Boost %4.</translation>
    </message>
</context>
<context>
    <name>AdequacyScore</name>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; is not yes or no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3.</source>
        <translation>%1 is outside the scale %2–%3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices: %2.</source>
        <translation>&quot;%1&quot; is not one of the choices: %2.</translation>
    </message>
</context>
<context>
    <name>AnalysisReport</name>
    <message>
        <source>weights ±%1 %</source>
        <translation>weights ±%1 %</translation>
    </message>
    <message>
        <source>weights fixed</source>
        <translation>weights fixed</translation>
    </message>
    <message>
        <source>aggregation drawn (arithmetic or geometric)</source>
        <translation>aggregation drawn (arithmetic or geometric)</translation>
    </message>
    <message>
        <source>aggregation fixed (%1)</source>
        <translation>aggregation fixed (%1)</translation>
    </message>
    <message>
        <source>normalisation drawn among %1</source>
        <translation>normalisation drawn among %1</translation>
    </message>
    <message>
        <source>normalisation fixed (the framework&apos;s)</source>
        <translation>normalisation fixed (the framework&apos;s)</translation>
    </message>
    <message>
        <source>Monte Carlo: %1 replications, seed %2; %3.</source>
        <translation>Monte Carlo: %1 replications, seed %2; %3.</translation>
    </message>
    <message>
        <source>Ranks: 1 = best, ties share the lowest rank; the interval holds 90 % of the replications.</source>
        <translation>Ranks: 1 = best, ties share the lowest rank; the interval holds 90 % of the replications.</translation>
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
        <translation>median</translation>
    </message>
    <message>
        <source>5–95 %</source>
        <translation>5–95 %</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>P(first)</source>
        <translation>P(first)</translation>
    </message>
    <message>
        <source>— : no overall score (too much data missing), so no rank.</source>
        <translation>— : no overall score (too much data missing), so no rank.</translation>
    </message>
    <message>
        <source>Sensitivity of the rank shift (mean |rank − nominal rank| = %1 over %2 runs, Saltelli design):</source>
        <translation>Sensitivity of the rank shift (mean |rank − nominal rank| = %1 over %2 runs, Saltelli design):</translation>
    </message>
    <message>
        <source>The rank shift does not vary: the indices are undefined (no input moves the ranking).</source>
        <translation>The rank shift does not vary: the indices are undefined (no input moves the ranking).</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>first order</source>
        <translation>first order</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>The ranking moved in only %1 of the %2 base samples: these indices rest on too few runs to be trusted (they may even leave the range 0–1). Raise N for firmer figures.</source>
        <translation>The ranking moved in only %1 of the %2 base samples: these indices rest on too few runs to be trusted (they may even leave the range 0–1). Raise N for firmer figures.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>BenchWorkload</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the hierarchy file has no rows.</source>
        <translation>the hierarchy file has no rows.</translation>
    </message>
    <message>
        <source>a hierarchy file needs the columns iCode, Level, Parent and Weight.</source>
        <translation>a hierarchy file needs the columns iCode, Level, Parent and Weight.</translation>
    </message>
    <message>
        <source>line %1 is not a valid hierarchy row.</source>
        <translation>line %1 is not a valid hierarchy row.</translation>
    </message>
    <message>
        <source>the code %1 appears twice.</source>
        <translation>the code %1 appears twice.</translation>
    </message>
    <message>
        <source>exactly one row (the index) must have an empty parent.</source>
        <translation>exactly one row (the index) must have an empty parent.</translation>
    </message>
    <message>
        <source>the indicator %1 has children.</source>
        <translation>the indicator %1 has children.</translation>
    </message>
    <message>
        <source>some rows are not under the index (unknown parent or a loop).</source>
        <translation>some rows are not under the index (unknown parent or a loop).</translation>
    </message>
    <message>
        <source>the hierarchy has no indicator (level 1).</source>
        <translation>the hierarchy has no indicator (level 1).</translation>
    </message>
    <message>
        <source>the data file has no service.</source>
        <translation>the data file has no service.</translation>
    </message>
    <message>
        <source>the indicator %1 has no column.</source>
        <translation>the indicator %1 has no column.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>%1 services × %2 indicators from %3 and %4</source>
        <translation>%1 services × %2 indicators from %3 and %4</translation>
    </message>
    <message>
        <source>synthetic: %1 services × %2 indicators, %3 criteria, %4 objectives (no reference file of that size)</source>
        <translation>synthetic: %1 services × %2 indicators, %3 criteria, %4 objectives (no reference file of that size)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &quot;balise %1 --help&quot; for its options.</source>
        <translation>Run &quot;balise %1 --help&quot; for its options.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Missing argument: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Unexpected argument: %1.</translation>
    </message>
    <message>
        <source>Period of a wide file.</source>
        <translation>Period of a wide file.</translation>
    </message>
    <message>
        <source>Check the file and report what would change, without writing.</source>
        <translation>Check the file and report what would change, without writing.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 was not imported: %2 Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: %2 form, %3 separator, decimal mark &quot;%4&quot;, %n row(s).</source>
        <translation>
            <numerusform>Read %1: %2 form, %3 separator, decimal mark &quot;%4&quot;, %n row.</numerusform>
            <numerusform>Read %1: %2 form, %3 separator, decimal mark &quot;%4&quot;, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>wide</translation>
    </message>
    <message>
        <source>Services created: %1</source>
        <translation>Services created: %1</translation>
    </message>
    <message>
        <source>Periods created: %1</source>
        <translation>Periods created: %1</translation>
    </message>
    <message>
        <source>Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.</source>
        <translation>Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: it has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 was not imported: it has %n problem; nothing was changed.</numerusform>
            <numerusform>%1 was not imported: it has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>Summarise what a Balise project holds.</source>
        <translation>Summarise what a Balise project holds.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Print the summary as JSON.</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>File: %1 (format %2)</source>
        <translation>File: %1 (format %2)</translation>
    </message>
    <message>
        <source>Territory: %1 (%2)</source>
        <translation>Territory: %1 (%2)</translation>
    </message>
    <message>
        <source>, %1 inhabitants</source>
        <translation>, %1 inhabitants</translation>
    </message>
    <message>
        <source>Vade-mecum: %1 needs, %2 principles, %3 fields of attention, %4 resources, %5 questions, %6 revisions</source>
        <translation>Vade-mecum: %1 needs, %2 principles, %3 fields of attention, %4 resources, %5 questions, %6 revisions</translation>
    </message>
    <message>
        <source>Framework: %1 objectives, %2 criteria, %3 indicators (%4 qualitative)</source>
        <translation>Framework: %1 objectives, %2 criteria, %3 indicators (%4 qualitative)</translation>
    </message>
    <message>
        <source>Data services: %1</source>
        <translation>Data services: %1</translation>
    </message>
    <message>
        <source>Periods: %1</source>
        <translation>Periods: %1</translation>
    </message>
    <message>
        <source>Measurements: %1 (%2 missing)</source>
        <translation>Measurements: %1 (%2 missing)</translation>
    </message>
    <message>
        <source>Impact accounts: %1</source>
        <translation>Impact accounts: %1</translation>
    </message>
    <message>
        <source>Create a Balise project, empty or with the framework of a CSV file.</source>
        <translation>Create a Balise project, empty or with the framework of a CSV file.</translation>
    </message>
    <message>
        <source>Framework CSV (level,code,parent,name,weight,…).</source>
        <translation>Framework CSV (level,code,parent,name,weight,…).</translation>
    </message>
    <message>
        <source>Title of the project.</source>
        <translation>Title of the project.</translation>
    </message>
    <message>
        <source>Name of the territory.</source>
        <translation>Name of the territory.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
    <message>
        <source>Created %1: %2 objectives, %3 criteria, %4 indicators.</source>
        <translation>Created %1: %2 objectives, %3 criteria, %4 indicators.</translation>
    </message>
    <message>
        <source>Check a project: the file&apos;s integrity, then the framework. Exits with 1 when the framework has warnings.</source>
        <translation>Check a project: the file&apos;s integrity, then the framework. Exits with 1 when the framework has warnings.</translation>
    </message>
    <message>
        <source>File: integrity and references checked, no problem found.</source>
        <translation>File: integrity and references checked, no problem found.</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>note: </translation>
    </message>
    <message numerus="yes">
        <source>Framework: %n warning(s)</source>
        <translation>
            <numerusform>Framework: %n warning</numerusform>
            <numerusform>Framework: %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of territory: %1.</source>
        <translation>Kind of territory: %1.</translation>
    </message>
    <message>
        <source>Population of the territory.</source>
        <translation>Population of the territory.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of territory; use one of: %2.</source>
        <translation>&quot;%1&quot; is not a kind of territory; use one of: %2.</translation>
    </message>
    <message>
        <source>The population must be a whole number of zero or more.</source>
        <translation>The population must be a whole number of zero or more.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: data services, %2 separator, %n row(s).</source>
        <translation>
            <numerusform>Read %1: data services, %2 separator, %n row.</numerusform>
            <numerusform>Read %1: data services, %2 separator, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Services updated: %1</source>
        <translation>Services updated: %1</translation>
    </message>
    <message>
        <source>Services unchanged: %1</source>
        <translation>Services unchanged: %1</translation>
    </message>
    <message>
        <source>Test how robust the ranking of the services is: a Monte Carlo run redraws the weights (each multiplied by a random factor in [1 − p, 1 + p], then renormalised among its siblings), and optionally the aggregation method and the normalisation, and reports each service&apos;s nominal, mean and median rank, its 5–95 % rank interval and its chance to rank first. Runs are reproducible from the seed, whatever the number of threads. With --one-at-a-time, each weight in turn is moved by ±X instead, showing which weights the verdict hangs on.</source>
        <translation>Test how robust the ranking of the services is: a Monte Carlo run redraws the weights (each multiplied by a random factor in [1 − p, 1 + p], then renormalised among its siblings), and optionally the aggregation method and the normalisation, and reports each service&apos;s nominal, mean and median rank, its 5–95 % rank interval and its chance to rank first. Runs are reproducible from the seed, whatever the number of threads. With --one-at-a-time, each weight in turn is moved by ±X instead, showing which weights the verdict hangs on.</translation>
    </message>
    <message>
        <source>Number of Monte Carlo replications.</source>
        <translation>Number of Monte Carlo replications.</translation>
    </message>
    <message>
        <source>Relative noise p on every weight, 0 ≤ p &lt; 1 (default 0.25: ±25 %).</source>
        <translation>Relative noise p on every weight, 0 ≤ p &lt; 1 (default 0.25: ±25 %).</translation>
    </message>
    <message>
        <source>Seed of the random draws (default 1): the same seed gives the same results.</source>
        <translation>Seed of the random draws (default 1): the same seed gives the same results.</translation>
    </message>
    <message>
        <source>Threads to use (default 0: every core).</source>
        <translation>Threads to use (default 0: every core).</translation>
    </message>
    <message>
        <source>Period to analyse (default: the project&apos;s last period).</source>
        <translation>Period to analyse (default: the project&apos;s last period).</translation>
    </message>
    <message>
        <source>Also draw the aggregation method: arithmetic or geometric mean, even odds, per replication.</source>
        <translation>Also draw the aggregation method: arithmetic or geometric mean, even odds, per replication.</translation>
    </message>
    <message>
        <source>Also draw the normalisation: the framework&apos;s own or another method (goalposts, minmax, zscore, rank), even odds, per replication.</source>
        <translation>Also draw the normalisation: the framework&apos;s own or another method (goalposts, minmax, zscore, rank), even odds, per replication.</translation>
    </message>
    <message>
        <source>Also compute first-order and total sensitivity indices of the rank shift to each uncertain input (Saltelli design with N base samples: N × (inputs + 2) more runs).</source>
        <translation>Also compute first-order and total sensitivity indices of the rank shift to each uncertain input (Saltelli design with N base samples: N × (inputs + 2) more runs).</translation>
    </message>
    <message>
        <source>With --format json: list every replication&apos;s parameters (weight multipliers, method, normalisation).</source>
        <translation>With --format json: list every replication&apos;s parameters (weight multipliers, method, normalisation).</translation>
    </message>
    <message>
        <source>Move each weight in turn by −X and +X (0.2 = ±20 %), its siblings renormalised, and report how every service&apos;s overall score and rank change: the data of a tornado chart.</source>
        <translation>Move each weight in turn by −X and +X (0.2 = ±20 %), its siblings renormalised, and report how every service&apos;s overall score and rank change: the data of a tornado chart.</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Output format: table (default), csv or json.</translation>
    </message>
    <message>
        <source>Say what to run: --uncertainty N replications, --one-at-a-time X, or both.</source>
        <translation>Say what to run: --uncertainty N replications, --one-at-a-time X, or both.</translation>
    </message>
    <message>
        <source>--uncertainty must be a whole number of replications from 1 to 10,000,000, not &quot;%1&quot;.</source>
        <translation>--uncertainty must be a whole number of replications from 1 to 10,000,000, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--weight-noise must be at least 0 and below 1 (0.25 means ±25 %), not &quot;%1&quot;.</source>
        <translation>--weight-noise must be at least 0 and below 1 (0.25 means ±25 %), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615, not &quot;%1&quot;.</source>
        <translation>--seed must be a whole number from 0 to 18446744073709551615, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--threads must be a whole number (0 = every core), not &quot;%1&quot;.</source>
        <translation>--threads must be a whole number (0 = every core), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--one-at-a-time must be above 0 and below 1 (0.2 means ±20 %), not &quot;%1&quot;.</source>
        <translation>--one-at-a-time must be above 0 and below 1 (0.2 means ±20 %), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Unknown format &quot;%1&quot;: use table, csv or json.</translation>
    </message>
    <message>
        <source>--format csv writes one table: ask for --uncertainty or --one-at-a-time, not both (or use --format json).</source>
        <translation>--format csv writes one table: ask for --uncertainty or --one-at-a-time, not both (or use --format json).</translation>
    </message>
    <message>
        <source>--sensitivity, --replications and the --draw options belong to a Monte Carlo run: add --uncertainty N.</source>
        <translation>--sensitivity, --replications and the --draw options belong to a Monte Carlo run: add --uncertainty N.</translation>
    </message>
    <message>
        <source>--replications lists the parameters in JSON: add --format json.</source>
        <translation>--replications lists the parameters in JSON: add --format json.</translation>
    </message>
    <message>
        <source>--replications lists at most 100,000 replications.</source>
        <translation>--replications lists at most 100,000 replications.</translation>
    </message>
    <message>
        <source>The project has no period &quot;%1&quot;; its periods are: %2.</source>
        <translation>The project has no period &quot;%1&quot;; its periods are: %2.</translation>
    </message>
    <message>
        <source>No service has an overall score in period %1 (too much data is missing or every weight is 0): there is no ranking to test.</source>
        <translation>No service has an overall score in period %1 (too much data is missing or every weight is 0): there is no ranking to test.</translation>
    </message>
    <message>
        <source>Project: %1 — period %2</source>
        <translation>Project: %1 — period %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>MISSED</translation>
    </message>
    <message>
        <source>Measure the evaluation engine on the reference workload (200 services × 300 indicators): one evaluation, 12 periods, a Monte Carlo run, Saltelli sensitivity with N = 100 and 1,000, the peak memory and how fast a cancelled run returns. Times are the median, minimum and maximum of repeated runs after one warm-up run.</source>
        <translation>Measure the evaluation engine on the reference workload (200 services × 300 indicators): one evaluation, 12 periods, a Monte Carlo run, Saltelli sensitivity with N = 100 and 1,000, the peak memory and how fast a cancelled run returns. Times are the median, minimum and maximum of repeated runs after one warm-up run.</translation>
    </message>
    <message>
        <source>Hierarchy file (iCode, Level, Parent, Direction, Weight).</source>
        <translation>Hierarchy file (iCode, Level, Parent, Direction, Weight).</translation>
    </message>
    <message>
        <source>Data file (uCode, then indicators).</source>
        <translation>Data file (uCode, then indicators).</translation>
    </message>
    <message>
        <source>Services of the reference size to use (default 200).</source>
        <translation>Services of the reference size to use (default 200).</translation>
    </message>
    <message>
        <source>Indicators of the reference size (default 300).</source>
        <translation>Indicators of the reference size (default 300).</translation>
    </message>
    <message>
        <source>Monte Carlo replications (default 1000).</source>
        <translation>Monte Carlo replications (default 1000).</translation>
    </message>
    <message>
        <source>Timed runs of each figure (default 10).</source>
        <translation>Timed runs of each figure (default 10).</translation>
    </message>
    <message>
        <source>Threads for Monte Carlo and Saltelli (default: all cores).</source>
        <translation>Threads for Monte Carlo and Saltelli (default: all cores).</translation>
    </message>
    <message>
        <source>Also write the Monte Carlo rank statistics to this CSV file (the columns of &quot;balise analyze --format csv&quot;).</source>
        <translation>Also write the Monte Carlo rank statistics to this CSV file (the columns of &quot;balise analyze --format csv&quot;).</translation>
    </message>
    <message>
        <source>--units and --indicators must be whole numbers of at least 1.</source>
        <translation>--units and --indicators must be whole numbers of at least 1.</translation>
    </message>
    <message>
        <source>--replications must be a whole number of at least 1.</source>
        <translation>--replications must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>--repeat must be a whole number of at least 1.</source>
        <translation>--repeat must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>--threads must be a whole number (0 = all cores).</source>
        <translation>--threads must be a whole number (0 = all cores).</translation>
    </message>
    <message>
        <source>--hierarchy and --data go together.</source>
        <translation>--hierarchy and --data go together.</translation>
    </message>
    <message>
        <source>The reference files %1 and %2 were not found in ./bench/data nor beside the program: pass them with --hierarchy and --data (they are in the source tree&apos;s bench/data folder).</source>
        <translation>The reference files %1 and %2 were not found in ./bench/data nor beside the program: pass them with --hierarchy and --data (they are in the source tree&apos;s bench/data folder).</translation>
    </message>
    <message>
        <source>Workload: %1</source>
        <translation>Workload: %1</translation>
    </message>
    <message>
        <source>Machine: %1 hardware threads, %2; %3 worker thread(s); %4 timed runs per figure</source>
        <translation>Machine: %1 hardware threads, %2; %3 worker thread(s); %4 timed runs per figure</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median</translation>
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
        <translation>target</translation>
    </message>
    <message>
        <source>%1, 1 period</source>
        <translation>%1, 1 period</translation>
    </message>
    <message>
        <source>%1, %2 periods</source>
        <translation>%1, %2 periods</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>+ indicator ranks</source>
        <translation>+ indicator ranks</translation>
    </message>
    <message>
        <source>+ into a new result</source>
        <translation>+ into a new result</translation>
    </message>
    <message>
        <source>Monte Carlo, %1 replications</source>
        <translation>Monte Carlo, %1 replications</translation>
    </message>
    <message>
        <source>Saltelli, N = %1 (%2 runs)</source>
        <translation>Saltelli, N = %1 (%2 runs)</translation>
    </message>
    <message>
        <source>peak memory (after Monte Carlo)</source>
        <translation>peak memory (after Monte Carlo)</translation>
    </message>
    <message>
        <source>cancel: request to return</source>
        <translation>cancel: request to return</translation>
    </message>
    <message>
        <source>Sensitivity of the mean rank shift (N = 1000): weights S = %1, S_T = %2; aggregation S = %3, S_T = %4; mean shift %5 ranks.</source>
        <translation>Sensitivity of the mean rank shift (N = 1000): weights S = %1, S_T = %2; aggregation S = %3, S_T = %4; mean shift %5 ranks.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>Monte Carlo rank statistics written to %1.</source>
        <translation>Monte Carlo rank statistics written to %1.</translation>
    </message>
    <message>
        <source>Score the data services on the framework: every node&apos;s score (0–100), coverage, traffic light and rank, for every period.</source>
        <translation>Score the data services on the framework: every node&apos;s score (0–100), coverage, traffic light and rank, for every period.</translation>
    </message>
    <message>
        <source>Evaluate this period only.</source>
        <translation>Evaluate this period only.</translation>
    </message>
    <message>
        <source>Normalise every quantitative indicator this way: goalposts, minmax, zscore or rank (default: each indicator&apos;s own).</source>
        <translation>Normalise every quantitative indicator this way: goalposts, minmax, zscore or rank (default: each indicator&apos;s own).</translation>
    </message>
    <message>
        <source>Aggregate with the weighted arithmetic or geometric mean (default: the project&apos;s).</source>
        <translation>Aggregate with the weighted arithmetic or geometric mean (default: the project&apos;s).</translation>
    </message>
    <message>
        <source>Unknown normalization &quot;%1&quot;: use goalposts, minmax, zscore or rank.</source>
        <translation>Unknown normalization &quot;%1&quot;: use goalposts, minmax, zscore or rank.</translation>
    </message>
    <message>
        <source>Unknown aggregation &quot;%1&quot;: use arithmetic or geometric.</source>
        <translation>Unknown aggregation &quot;%1&quot;: use arithmetic or geometric.</translation>
    </message>
    <message>
        <source>Also time edits on an open project file of the workload over 12 periods (a weight, a value: written and re-evaluated, as in the workbench).</source>
        <translation>Also time edits on an open project file of the workload over 12 periods (a weight, a value: written and re-evaluated, as in the workbench).</translation>
    </message>
    <message>
        <source>The benchmark project could not be built: %1</source>
        <translation>The benchmark project could not be built: %1</translation>
    </message>
    <message>
        <source>Live edits on a project of %1 measurements (%2 services × %3 indicators × %4 periods, built in %5 s in %6):</source>
        <translation>Live edits on a project of %1 measurements (%2 services × %3 indicators × %4 periods, built in %5 s in %6):</translation>
    </message>
    <message>
        <source>weight edited: written and re-evaluated</source>
        <translation>weight edited: written and re-evaluated</translation>
    </message>
    <message>
        <source>value edited: written and re-evaluated</source>
        <translation>value edited: written and re-evaluated</translation>
    </message>
    <message>
        <source>Of which the write to the file (mean): weight %1 ms, value %2 ms. Refresh kind: %3, %4. First full evaluation of the project: %5 ms.</source>
        <translation>Of which the write to the file (mean): weight %1 ms, value %2 ms. Refresh kind: %3, %4. First full evaluation of the project: %5 ms.</translation>
    </message>
    <message>
        <source>values kept</source>
        <translation>values kept</translation>
    </message>
    <message>
        <source>values rebuilt</source>
        <translation>values rebuilt</translation>
    </message>
    <message>
        <source>one cell patched</source>
        <translation>one cell patched</translation>
    </message>
    <message>
        <source>Start from a template (its id, or a .balise-template file).</source>
        <translation>Start from a template (its id, or a .balise-template file).</translation>
    </message>
    <message>
        <source>Give a template or a framework file, not both.</source>
        <translation>Give a template or a framework file, not both.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Identifier of the saved template.</source>
        <translation>Identifier of the saved template.</translation>
    </message>
    <message>
        <source>Title of the saved template.</source>
        <translation>Title of the saved template.</translation>
    </message>
    <message>
        <source>Keep the project&apos;s services as sample services.</source>
        <translation>Keep the project&apos;s services as sample services.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Imported the template %1 into %2.</source>
        <translation>Imported the template %1 into %2.</translation>
    </message>
    <message>
        <source>Use templates list, templates export ID FILE, templates import FILE or templates save PROJECT FILE.</source>
        <translation>Use templates list, templates export ID FILE, templates import FILE or templates save PROJECT FILE.</translation>
    </message>
    <message>
        <source>List, export, import templates, or save a project as one:
  templates list
  templates export ID FILE
  templates import FILE
  templates save PROJECT FILE [--id ID] [--title T] [--language L] [--with-services]</source>
        <translation>List, export, import templates, or save a project as one:
  templates list
  templates export ID FILE
  templates import FILE
  templates save PROJECT FILE [--id ID] [--title T] [--language L] [--with-services]</translation>
    </message>
    <message>
        <source>Language of the saved template&apos;s texts (fr or en; default: the language of messages).</source>
        <translation>Language of the saved template&apos;s texts (fr or en; default: the language of messages).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>The scorecard of this service (its name).</source>
        <translation>The scorecard of this service (its name).</translation>
    </message>
    <message>
        <source>The period reported on (its label; default: the latest one with a score).</source>
        <translation>The period reported on (its label; default: the latest one with a score).</translation>
    </message>
    <message>
        <source>The report&apos;s language, fr or en (default: that of messages).</source>
        <translation>The report&apos;s language, fr or en (default: that of messages).</translation>
    </message>
    <message>
        <source>--lang takes fr or en.</source>
        <translation>--lang takes fr or en.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>This build of Balise has no workbench and cannot draw PDF reports.</source>
        <translation>This build of Balise has no workbench and cannot draw PDF reports.</translation>
    </message>
    <message>
        <source>The comparison of the services named after the project (all of them when none is named).</source>
        <translation>The comparison of the services named after the project (all of them when none is named).</translation>
    </message>
    <message>
        <source>The vade-mecum and framework document, for political validation.</source>
        <translation>The vade-mecum and framework document, for political validation.</translation>
    </message>
    <message>
        <source>How this service moved over the periods (its name).</source>
        <translation>How this service moved over the periods (its name).</translation>
    </message>
    <message>
        <source>The project&apos;s impact accounts.</source>
        <translation>The project&apos;s impact accounts.</translation>
    </message>
    <message>
        <source>Say which report to write: --pdf OUT.pdf with one of --service S, --compare [SERVICE…], --evolution S, --framework or --impacts.</source>
        <translation>Say which report to write: --pdf OUT.pdf with one of --service S, --compare [SERVICE…], --evolution S, --framework or --impacts.</translation>
    </message>
    <message>
        <source>Also time the PDF comparison of 50 services of the workload over 12 periods, from the open project to the written file.</source>
        <translation>Also time the PDF comparison of 50 services of the workload over 12 periods, from the open project to the written file.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Write the measurements (CSV in the long layout balise import reads, or JSON).</source>
        <translation>Write the measurements (CSV in the long layout balise import reads, or JSON).</translation>
    </message>
    <message>
        <source>Write every score, coverage, light and rank as CSV.</source>
        <translation>Write every score, coverage, light and rank as CSV.</translation>
    </message>
    <message>
        <source>Write the framework as CSV, to edit in a spreadsheet and import again.</source>
        <translation>Write the framework as CSV, to edit in a spreadsheet and import again.</translation>
    </message>
    <message>
        <source>CSV written with , and . (comma, the default) or with ; and , and a BOM for French spreadsheet software (semicolon).</source>
        <translation>CSV written with , and . (comma, the default) or with ; and , and a BOM for French spreadsheet software (semicolon).</translation>
    </message>
    <message>
        <source>--dialect takes comma or semicolon.</source>
        <translation>--dialect takes comma or semicolon.</translation>
    </message>
    <message>
        <source>PDF comparison of %1 services on a project of %2 services × %3 indicators × 12 periods (evaluation, layout, charts and file; %4 pages, %5 KiB):</source>
        <translation>PDF comparison of %1 services on a project of %2 services × %3 indicators × 12 periods (evaluation, layout, charts and file; %4 pages, %5 KiB):</translation>
    </message>
    <message>
        <source>PDF comparison, 50 services</source>
        <translation>PDF comparison, 50 services</translation>
    </message>
    <message>
        <source>Write the whole project as JSON (balise import reads it back into a new project).</source>
        <translation>Write the whole project as JSON (balise import reads it back into a new project).</translation>
    </message>
    <message>
        <source>Write one file at a time: --pdf, --measurements, --results, --framework-csv or --json.</source>
        <translation>Write one file at a time: --pdf, --measurements, --results, --framework-csv or --json.</translation>
    </message>
    <message>
        <source>%1 already exists: a project in JSON is imported into a new project file, never over one.</source>
        <translation>%1 already exists: a project in JSON is imported into a new project file, never over one.</translation>
    </message>
    <message>
        <source>%1 is a valid project: %2 indicators, %3 services, %4 periods, %5 measurements. Nothing was written (--dry-run).</source>
        <translation>%1 is a valid project: %2 indicators, %3 services, %4 periods, %5 measurements. Nothing was written (--dry-run).</translation>
    </message>
    <message>
        <source>Created %1: %2 indicators, %3 services, %4 periods, %5 measurements.</source>
        <translation>Created %1: %2 indicators, %3 services, %4 periods, %5 measurements.</translation>
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
        <translation>Write a report of the project as a PDF, or its data:
  export PROJECT --pdf OUT.pdf --service S [--period P] [--lang fr|en]
  export PROJECT --pdf OUT.pdf --compare [SERVICE…] [--period P]
  export PROJECT --pdf OUT.pdf --evolution S
  export PROJECT --pdf OUT.pdf --framework
  export PROJECT --pdf OUT.pdf --impacts
  export PROJECT --measurements OUT.csv|OUT.json [--dialect comma|semicolon]
  export PROJECT --results OUT.csv [--dialect comma|semicolon]
  export PROJECT --framework-csv OUT.csv [--dialect comma|semicolon]
  export PROJECT --json OUT.json</translation>
    </message>
    <message>
        <source>Check the framework file or template and report what the project would hold, without creating it.</source>
        <translation>Check the framework file or template and report what the project would hold, without creating it.</translation>
    </message>
    <message>
        <source>%1 would hold %2 objectives, %3 criteria, %4 indicators. Nothing was written (--dry-run).</source>
        <translation>%1 would hold %2 objectives, %3 criteria, %4 indicators. Nothing was written (--dry-run).</translation>
    </message>
    <message>
        <source>The project has no data service named &quot;%1&quot;; it has none yet.</source>
        <translation>The project has no data service named &quot;%1&quot;; it has none yet.</translation>
    </message>
    <message>
        <source>The project has no data service named &quot;%1&quot;; its services are: %2.</source>
        <translation>The project has no data service named &quot;%1&quot;; its services are: %2.</translation>
    </message>
    <message>
        <source>The project has no questionnaire to answer.</source>
        <translation>The project has no questionnaire to answer.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) for %2, %3 question(s) left blank.</source>
        <translation>
            <numerusform>%1: %n answer for %2, %3 question(s) left blank.</numerusform>
            <numerusform>%1: %n answers for %2, %3 question(s) left blank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import measurements from a CSV file, in long form (service, indicator, period, value) or wide form (service, then one column per indicator, with --period), or the description of data services (service, operator, domain, data_role, …); or a whole project in JSON (balise export --json) into a new project file; or, with --answers, the questionnaire an operator filled in for a service. Nothing is written unless the whole file is valid.</source>
        <translation>Import measurements from a CSV file, in long form (service, indicator, period, value) or wide form (service, then one column per indicator, with --period), or the description of data services (service, operator, domain, data_role, …); or a whole project in JSON (balise export --json) into a new project file; or, with --answers, the questionnaire an operator filled in for a service. Nothing is written unless the whole file is valid.</translation>
    </message>
    <message>
        <source>The file is the questionnaire answered by this service&apos;s operator (the blank questionnaire&apos;s CSV, filled in).</source>
        <translation>The file is the questionnaire answered by this service&apos;s operator (the blank questionnaire&apos;s CSV, filled in).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>create a project, empty or from a framework CSV</source>
        <translation>create a project, empty or from a framework CSV</translation>
    </message>
    <message>
        <source>summarise what a project holds</source>
        <translation>summarise what a project holds</translation>
    </message>
    <message>
        <source>check the file and the framework</source>
        <translation>check the file and the framework</translation>
    </message>
    <message>
        <source>import measurements from a CSV file</source>
        <translation>import measurements from a CSV file</translation>
    </message>
    <message>
        <source>Usage: balise [PROJECT]            open the workbench (on PROJECT when given)</source>
        <translation>Usage: balise [PROJECT]            open the workbench (on PROJECT when given)</translation>
    </message>
    <message>
        <source>       balise COMMAND [OPTIONS]    run a command without a window</source>
        <translation>       balise COMMAND [OPTIONS]    run a command without a window</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 problems found, 2 usage error, 3 unreadable or invalid input (nothing was changed).</source>
        <translation>Exit codes: 0 success, 1 problems found, 2 usage error, 3 unreadable or invalid input (nothing was changed).</translation>
    </message>
    <message>
        <source>Run &quot;balise COMMAND --help&quot; for the options of a command.</source>
        <translation>Run &quot;balise COMMAND --help&quot; for the options of a command.</translation>
    </message>
    <message>
        <source>score the services on the framework</source>
        <translation>score the services on the framework</translation>
    </message>
    <message>
        <source>test how robust the ranking is</source>
        <translation>test how robust the ranking is</translation>
    </message>
    <message>
        <source>measure the engine on the reference workload</source>
        <translation>measure the engine on the reference workload</translation>
    </message>
    <message>
        <source>list, export, import or save templates</source>
        <translation>list, export, import or save templates</translation>
    </message>
    <message>
        <source>write a report as PDF</source>
        <translation>write a report as PDF</translation>
    </message>
    <message>
        <source>with PROJECT: save the window as OUT.png and quit (--view framework, vademecum, services, measurements, scorecard, comparison, impacts, reports and more: see balise(1))</source>
        <translation>with PROJECT: save the window as OUT.png and quit (--view framework, vademecum, services, measurements, scorecard, comparison, impacts, reports and more: see balise(1))</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
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
        <translation>Change</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Rank 5–95 %</source>
        <translation>Rank 5–95 %</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1st</translation>
    </message>
    <message>
        <source>Score out of 100; change in points since %1; measured: share of the framework&apos;s weight that has a value.</source>
        <translation>Score out of 100; change in points since %1; measured: share of the framework&apos;s weight that has a value.</translation>
    </message>
    <message numerus="yes">
        <source>Rank 5–95 %: the ranks the service took in 90 % of the %n replications of the uncertainty analysis (weights drawn at random); 1st: how often it came first.</source>
        <translation>
            <numerusform>Rank 5–95 %: the ranks the service took in 90 % of the %n replication of the uncertainty analysis (weights drawn at random); 1st: how often it came first.</numerusform>
            <numerusform>Rank 5–95 %: the ranks the service took in 90 % of the %n replications of the uncertainty analysis (weights drawn at random); 1st: how often it came first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective by objective</source>
        <translation>Objective by objective</translation>
    </message>
    <message>
        <source>Comparison of services</source>
        <translation>Comparison of services</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n service(s)</source>
        <translation>
            <numerusform>Comparison of %n service</numerusform>
            <numerusform>Comparison of %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>period %1</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>compared with %1</translation>
    </message>
    <message numerus="yes">
        <source>ranks among the project&apos;s %n service(s)</source>
        <translation>
            <numerusform>ranks among the project&apos;s %n service</numerusform>
            <numerusform>ranks among the project&apos;s %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Lead over the second</source>
        <translation>Lead over the second</translation>
    </message>
    <message>
        <source>points ahead of %1</source>
        <translation>points ahead of %1</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>points between first and last</source>
        <translation>points between first and last</translation>
    </message>
    <message>
        <source>Uncertainty analysis</source>
        <translation>Uncertainty analysis</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>replications</source>
        <translation>replications</translation>
    </message>
    <message>
        <source>for this period</source>
        <translation>for this period</translation>
    </message>
    <message>
        <source>Scores objective by objective</source>
        <translation>Scores objective by objective</translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is too large (%1): Balise reads CSV files of up to %2.</source>
        <translation>The file is too large (%1): Balise reads CSV files of up to %2.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file does not exist.</source>
        <translation>Cannot read &quot;%1&quot;: the file does not exist.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a folder, not a file.</source>
        <translation>Cannot read &quot;%1&quot;: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is too large (%2); Balise reads CSV files of up to %3.</source>
        <translation>Cannot read &quot;%1&quot;: the file is too large (%2); Balise reads CSV files of up to %3.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>Cannot read &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The file is encoded in UTF-16; save it again as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;).</source>
        <translation>The file is encoded in UTF-16; save it again as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (it may have been saved as Windows-1252 or Latin-1); save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>The text is not valid UTF-8 (it may have been saved as Windows-1252 or Latin-1); save the file again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The file holds NUL characters: it is not CSV text (it may be a spreadsheet file or UTF-16 text); save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>The file holds NUL characters: it is not CSV text (it may be a spreadsheet file or UTF-16 text); save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted cell; inside quotes, write a quote as two quotes (&quot;&quot;).</source>
        <translation>Text follows the closing quote of a quoted cell; inside quotes, write a quote as two quotes (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The quote that opens this cell is never closed; add the closing quote (&quot;).</source>
        <translation>The quote that opens this cell is never closed; add the closing quote (&quot;).</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>EditorWidgets</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>EntityCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Metropolis</source>
        <translation>Metropolis</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Small town</source>
        <translation>Small town</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>Rural area</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation>Waste and circular economy</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation>Public finances</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>User-oriented</source>
        <translation>User-oriented</translation>
    </message>
    <message>
        <source>Public policy</source>
        <translation>Public policy</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Introductions to local actors</source>
        <translation>Introductions to local actors</translation>
    </message>
    <message>
        <source>Test ground</source>
        <translation>Test ground</translation>
    </message>
    <message>
        <source>Financial support</source>
        <translation>Financial support</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Labelling</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Politically validated</source>
        <translation>Politically validated</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Within a target band</source>
        <translation>Within a target band</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <source>Framework default</source>
        <translation>Framework default</translation>
    </message>
    <message>
        <source>Distance to target</source>
        <translation>Distance to target</translation>
    </message>
    <message>
        <source>Min-max</source>
        <translation>Min-max</translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation>Z-score</translation>
    </message>
    <message>
        <source>Percentile rank</source>
        <translation>Percentile rank</translation>
    </message>
    <message>
        <source>Weighted arithmetic mean</source>
        <translation>Weighted arithmetic mean</translation>
    </message>
    <message>
        <source>Weighted geometric mean</source>
        <translation>Weighted geometric mean</translation>
    </message>
    <message>
        <source>Raw material</source>
        <translation>Raw material</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Strategic asset</source>
        <translation>Strategic asset</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Free range</source>
        <translation>Free range</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>Society</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Regulator</translation>
    </message>
    <message>
        <source>Data client</source>
        <translation>Data client</translation>
    </message>
    <message>
        <source>Data re-user</source>
        <translation>Data re-user</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Commons creator</source>
        <translation>Commons creator</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustness</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Simplicity</source>
        <translation>Simplicity</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Personal-data capture</source>
        <translation>Personal-data capture</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Financial and economic power</source>
        <translation>Financial and economic power</translation>
    </message>
    <message>
        <source>Contesting the public actor&apos;s legitimacy</source>
        <translation>Contesting the public actor&apos;s legitimacy</translation>
    </message>
    <message>
        <source>New representations of the city</source>
        <translation>New representations of the city</translation>
    </message>
    <message>
        <source>Independence from public resources</source>
        <translation>Independence from public resources</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>Equal weights</translation>
    </message>
    <message>
        <source>100-point budget</source>
        <translation>100-point budget</translation>
    </message>
    <message>
        <source>Ranking (rank order centroid)</source>
        <translation>Ranking (rank order centroid)</translation>
    </message>
    <message>
        <source>Pairwise comparison (AHP)</source>
        <translation>Pairwise comparison (AHP)</translation>
    </message>
    <message>
        <source>Several stakeholders</source>
        <translation>Several stakeholders</translation>
    </message>
</context>
<context>
    <name>EvaluationBuilder</name>
    <message>
        <source>The framework has no indicator: there is nothing to score. Add indicators to the framework first.</source>
        <translation>The framework has no indicator: there is nothing to score. Add indicators to the framework first.</translation>
    </message>
    <message>
        <source>The project has no data service to score. Import measurements or a services file first.</source>
        <translation>The project has no data service to score. Import measurements or a services file first.</translation>
    </message>
    <message>
        <source>The project has no period. Import measurements first.</source>
        <translation>The project has no period. Import measurements first.</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
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
        <translation>insufficient</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>amber</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>%1 %2 #%3</source>
        <translation>%1 %2 #%3</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Scored by min-max across the services, for want of a baseline and a target: %1.</source>
        <translation>Scored by min-max across the services, for want of a baseline and a target: %1.</translation>
    </message>
    <message>
        <source>Same value for every service, so it cannot tell them apart (scored 50): %1.</source>
        <translation>Same value for every service, so it cannot tell them apart (scored 50): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n data service(s) scored on the framework</source>
        <translation>
            <numerusform>%1: %n data service scored on the framework</numerusform>
            <numerusform>%1: %n data services scored on the framework</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for every quantitative indicator</source>
        <translation>%1 for every quantitative indicator</translation>
    </message>
    <message>
        <source>each indicator&apos;s own (project default: %1)</source>
        <translation>each indicator&apos;s own (project default: %1)</translation>
    </message>
    <message>
        <source>Normalization: %1. Aggregation: %2.</source>
        <translation>Normalization: %1. Aggregation: %2.</translation>
    </message>
    <message>
        <source>Lights: red below %1, amber from %1, green from %2. #: rank among the services. (n %): share of the weight measured, when not all; a score needs %3 %.</source>
        <translation>Lights: red below %1, amber from %1, green from %2. #: rank among the services. (n %): share of the weight measured, when not all; a score needs %3 %.</translation>
    </message>
    <message>
        <source>Every node&apos;s score, coverage, light and rank: add --format csv or --format json.</source>
        <translation>Every node&apos;s score, coverage, light and rank: add --format csv or --format json.</translation>
    </message>
</context>
<context>
    <name>EvolutionReport</name>
    <message>
        <source>Evolution of a service</source>
        <translation>Evolution of a service</translation>
    </message>
    <message>
        <source>operated by %1</source>
        <translation>operated by %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>first and latest period with a score</source>
        <translation>first and latest period with a score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>points over the periods shown</source>
        <translation>points over the periods shown</translation>
    </message>
    <message>
        <source>Latest rank</source>
        <translation>Latest rank</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>best: %1</source>
        <translation>best: %1</translation>
    </message>
    <message>
        <source>Scores period by period</source>
        <translation>Scores period by period</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Indicators period by period</source>
        <translation>Indicators period by period</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Each value&apos;s dot is the light of its score in that period.</source>
        <translation>Each value&apos;s dot is the light of its score in that period.</translation>
    </message>
</context>
<context>
    <name>FileImporter</name>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 cannot be read:
%2</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported:
%2</source>
        <translation>%1 has problems; nothing was imported:
%2</translation>
    </message>
    <message>
        <source>%1: data services. Created: %2. Updated: %3. Unchanged: %4.</source>
        <translation>%1: data services. Created: %2. Updated: %3. Unchanged: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measurement row(s).</source>
        <translation>
            <numerusform>%1: %n measurement row.</numerusform>
            <numerusform>%1: %n measurement rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.</source>
        <translation>Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.</translation>
    </message>
    <message>
        <source>New services: %1.</source>
        <translation>New services: %1.</translation>
    </message>
    <message>
        <source>New periods: %1.</source>
        <translation>New periods: %1.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 was not imported: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>Import measurements or data services</source>
        <translation>Import measurements or data services</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Period of the file</source>
        <translation>Period of the file</translation>
    </message>
    <message>
        <source>This file has one column per indicator: which period are its values for (for example 2025)?</source>
        <translation>This file has one column per indicator: which period are its values for (for example 2025)?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import it? It is written in one step (a failure leaves the project as it was) and can be undone with Ctrl+Z.</source>
        <translation>Import it? It is written in one step (a failure leaves the project as it was) and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>FrameworkChecks</name>
    <message>
        <source>The framework is empty: add objectives, criteria and indicators.</source>
        <translation>The framework is empty: add objectives, criteria and indicators.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no indicator beneath it: it cannot be scored.</source>
        <translation>&quot;%1&quot; has no indicator beneath it: it cannot be scored.</translation>
    </message>
    <message>
        <source>Every child of &quot;%1&quot; weighs zero: it cannot be scored.</source>
        <translation>Every child of &quot;%1&quot; weighs zero: it cannot be scored.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 indicators (more than %3): readers will lose the thread.</source>
        <translation>&quot;%1&quot; holds %2 indicators (more than %3): readers will lose the thread.</translation>
    </message>
    <message>
        <source>The objective &quot;%1&quot; is not linked to any need, principle or field of the vade-mecum.</source>
        <translation>The objective &quot;%1&quot; is not linked to any need, principle or field of the vade-mecum.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; weighs zero: it does not count in the score.</source>
        <translation>The indicator &quot;%1&quot; weighs zero: it does not count in the score.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no baseline or no target: it will be scored against the other services (min-max) instead of its target.</source>
        <translation>The indicator &quot;%1&quot; has no baseline or no target: it will be scored against the other services (min-max) instead of its target.</translation>
    </message>
    <message>
        <source>The baseline and the target of &quot;%1&quot; are equal: distance to target cannot be measured.</source>
        <translation>The baseline and the target of &quot;%1&quot; are equal: distance to target cannot be measured.</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; goes against its direction (%2).</source>
        <translation>The target of &quot;%1&quot; goes against its direction (%2).</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no measurement in any period.</source>
        <translation>The indicator &quot;%1&quot; has no measurement in any period.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) still need their six qualities rated: %1.</source>
        <translation>
            <numerusform>%n indicator still needs its six qualities rated: %1.</numerusform>
            <numerusform>%n indicators still need their six qualities rated: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The framework holds %1 indicators (more than %2): consider keeping only the most useful.</source>
        <translation>The framework holds %1 indicators (more than %2): consider keeping only the most useful.</translation>
    </message>
    <message>
        <source>The top level of the framework holds %1 indicators (more than %2): group them under criteria.</source>
        <translation>The top level of the framework holds %1 indicators (more than %2): group them under criteria.</translation>
    </message>
    <message>
        <source>Relevance doubt on &quot;%1&quot;: a node above it weighs zero, so it does not count in the score.</source>
        <translation>Relevance doubt on &quot;%1&quot;: a node above it weighs zero, so it does not count in the score.</translation>
    </message>
    <message>
        <source>Robustness doubt on &quot;%1&quot;: no service has a value in %2 of the %3 periods.</source>
        <translation>Robustness doubt on &quot;%1&quot;: no service has a value in %2 of the %3 periods.</translation>
    </message>
    <message>
        <source>Sensitivity doubt on &quot;%1&quot;: it has the same value for every service in every period.</source>
        <translation>Sensitivity doubt on &quot;%1&quot;: it has the same value for every service in every period.</translation>
    </message>
    <message>
        <source>Sensitivity doubt on &quot;%1&quot;: its values barely vary across services and periods (coefficient of variation %2 %).</source>
        <translation>Sensitivity doubt on &quot;%1&quot;: its values barely vary across services and periods (coefficient of variation %2 %).</translation>
    </message>
    <message>
        <source>Utility doubt on &quot;%1&quot;: it moves with its sibling &quot;%2&quot; (correlation %3 over %4 values); one of the two may be enough.</source>
        <translation>Utility doubt on &quot;%1&quot;: it moves with its sibling &quot;%2&quot; (correlation %3 over %4 values); one of the two may be enough.</translation>
    </message>
    <message>
        <source>Relevance doubt on &quot;%1&quot;: it is not linked to any need, principle or field of the vade-mecum.</source>
        <translation>Relevance doubt on &quot;%1&quot;: it is not linked to any need, principle or field of the vade-mecum.</translation>
    </message>
    <message>
        <source>Value doubt on &quot;%1&quot;: it takes %2 % of the collection cost for %3 % of the weight.</source>
        <translation>Value doubt on &quot;%1&quot;: it takes %2 % of the collection cost for %3 % of the weight.</translation>
    </message>
</context>
<context>
    <name>FrameworkCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>This objective, criterion or indicator no longer exists.</source>
        <translation>This objective, criterion or indicator no longer exists.</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Paste %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Paste %n node</numerusform>
            <numerusform>Paste %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkCsvReader</name>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as yyyy-MM-dd (for example 2030-12-31).</source>
        <translation>&quot;%1&quot; is not a date; write dates as yyyy-MM-dd (for example 2030-12-31).</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2.</source>
        <translation>This line has %1 cells but the header has %2.</translation>
    </message>
    <message>
        <source>The level is missing; write objective, criterion or indicator.</source>
        <translation>The level is missing; write objective, criterion or indicator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level; write objective, criterion or indicator.</source>
        <translation>&quot;%1&quot; is not a level; write objective, criterion or indicator.</translation>
    </message>
    <message>
        <source>The code is missing.</source>
        <translation>The code is missing.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is longer than 64 characters.</source>
        <translation>The code &quot;%1&quot; is longer than 64 characters.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>The weight must be zero or more.</source>
        <translation>The weight must be zero or more.</translation>
    </message>
    <message>
        <source>The columns %1 only apply to indicators; they are ignored for &quot;%2&quot;.</source>
        <translation>The columns %1 only apply to indicators; they are ignored for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction; write higher, lower or band (or 1, -1).</source>
        <translation>&quot;%1&quot; is not a direction; write higher, lower or band (or 1, -1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of indicator; write quantitative or qualitative.</source>
        <translation>&quot;%1&quot; is not a kind of indicator; write quantitative or qualitative.</translation>
    </message>
    <message>
        <source>Levels only apply to qualitative indicators; set the kind to qualitative or leave the levels empty.</source>
        <translation>Levels only apply to qualitative indicators; set the kind to qualitative or leave the levels empty.</translation>
    </message>
    <message>
        <source>The rating of %1 is a whole number from 0 to 4, not &quot;%2&quot;.</source>
        <translation>The rating of %1 is a whole number from 0 to 4, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used on line %2.</source>
        <translation>The code &quot;%1&quot; is already used on line %2.</translation>
    </message>
    <message>
        <source>The parent &quot;%1&quot; is not the code of any line of this file.</source>
        <translation>The parent &quot;%1&quot; is not the code of any line of this file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be its own parent.</source>
        <translation>&quot;%1&quot; cannot be its own parent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed under the indicator &quot;%2&quot;: indicators have no children.</source>
        <translation>&quot;%1&quot; cannot be placed under the indicator &quot;%2&quot;: indicators have no children.</translation>
    </message>
    <message>
        <source>The parents form a loop (%1): one of these nodes must be top-level or hang under another node.</source>
        <translation>The parents form a loop (%1): one of these nodes must be top-level or hang under another node.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns level, code and name, then one line per objective, criterion or indicator.</source>
        <translation>The file is empty: it needs a header line naming the columns level, code and name, then one line per objective, criterion or indicator.</translation>
    </message>
    <message>
        <source>The header lacks the required column(s) %1; it needs level, code and name.</source>
        <translation>The header lacks the required column(s) %1; it needs level, code and name.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>The column &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not one Balise knows; it is ignored.</source>
        <translation>The column &quot;%1&quot; is not one Balise knows; it is ignored.</translation>
    </message>
    <message>
        <source>The file has a header but no objective, criterion or indicator.</source>
        <translation>The file has a header but no objective, criterion or indicator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a normalisation; write %2.</source>
        <translation>&quot;%1&quot; is not a normalisation; write %2.</translation>
    </message>
</context>
<context>
    <name>FrameworkDetails</name>
    <message>
        <source>Need: %1</source>
        <translation>Need: %1</translation>
    </message>
    <message>
        <source>Principle: %1</source>
        <translation>Principle: %1</translation>
    </message>
    <message>
        <source>Field of attention: %1</source>
        <translation>Field of attention: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
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
        <translation>Definition</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <source>Levels, worst to best</source>
        <translation>Levels, worst to best</translation>
    </message>
    <message>
        <source>Target band</source>
        <translation>Target band</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Score 0 at a distance of</source>
        <translation>Score 0 at a distance of</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Collection cost</source>
        <translation>Collection cost</translation>
    </message>
    <message>
        <source>Baseline and target</source>
        <translation>Baseline and target</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>red below %1, green from %2</source>
        <translation>red below %1, green from %2</translation>
    </message>
    <message>
        <source>red below %1, green from %2 (the project&apos;s)</source>
        <translation>red below %1, green from %2 (the project&apos;s)</translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation>Traffic lights</translation>
    </message>
    <message>
        <source>Quality of the indicator</source>
        <translation>Quality of the indicator</translation>
    </message>
    <message>
        <source>%1 / 4</source>
        <translation>%1 / 4</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>%1 of %2 expected (%3 services × %4 periods)</source>
        <translation>%1 of %2 expected (%3 services × %4 periods)</translation>
    </message>
    <message>
        <source>Recorded as missing</source>
        <translation>Recorded as missing</translation>
    </message>
    <message>
        <source>Evaluation framework</source>
        <translation>Evaluation framework</translation>
    </message>
    <message>
        <source>Objectives, criteria and indicators against which the data services are evaluated.</source>
        <translation>Objectives, criteria and indicators against which the data services are evaluated.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>%1 (%2 qualitative)</source>
        <translation>%1 (%2 qualitative)</translation>
    </message>
    <message>
        <source>Levels in the tree</source>
        <translation>Levels in the tree</translation>
    </message>
    <message>
        <source>Evaluation settings</source>
        <translation>Evaluation settings</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>red below %1, amber, green from %2</source>
        <translation>red below %1, amber, green from %2</translation>
    </message>
    <message>
        <source>Minimum coverage</source>
        <translation>Minimum coverage</translation>
    </message>
    <message>
        <source>Readability limits</source>
        <translation>Readability limits</translation>
    </message>
    <message>
        <source>%1 indicators per criterion, %2 in the framework</source>
        <translation>%1 indicators per criterion, %2 in the framework</translation>
    </message>
    <message>
        <source>The framework is empty.</source>
        <translation>The framework is empty.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>No problem found in the framework.</source>
        <translation>No problem found in the framework.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>the framework (top level)</source>
        <translation>the framework (top level)</translation>
    </message>
    <message>
        <source>%1 (%2 of its level)</source>
        <translation>%1 (%2 of its level)</translation>
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
        <translation>Serves in the vade-mecum</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Nothing under this node yet.</source>
        <translation>Nothing under this node yet.</translation>
    </message>
</context>
<context>
    <name>FrameworkDocumentReport</name>
    <message>
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>No revision of the vade-mecum has been recorded: this document shows the current draft.</source>
        <translation>No revision of the vade-mecum has been recorded: this document shows the current draft.</translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation>Revision %1 of %2</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, by %1</translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <source>The vade-mecum</source>
        <translation>The vade-mecum</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Priority needs</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Fields of attention</translation>
    </message>
    <message>
        <source>Resources offered and their conditions</source>
        <translation>Resources offered and their conditions</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures of the public actor</translation>
    </message>
    <message>
        <source>The evaluation framework</source>
        <translation>The evaluation framework</translation>
    </message>
    <message>
        <source>%1 objectives, %2 criteria, %3 indicators. Scores from 0 to 100: red below %4, green from %5. Weights are shown with their share among their siblings.</source>
        <translation>%1 objectives, %2 criteria, %3 indicators. Scores from 0 to 100: red below %4, green from %5. Weights are shown with their share among their siblings.</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>Criterion / indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Baseline → target</translation>
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
        <translation>Rel.</translation>
    </message>
    <message>
        <source>Val.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Use.</source>
        <translation>Use.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Serves: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Qualities of each indicator, rated 0 to 4: Rob. robustness, Sen. sensitivity, Sim. simplicity, Rel. relevance, Val. value for its cost, Use. usefulness to the decision.</source>
        <translation>Qualities of each indicator, rated 0 to 4: Rob. robustness, Sen. sensitivity, Sim. simplicity, Rel. relevance, Val. value for its cost, Use. usefulness to the decision.</translation>
    </message>
    <message>
        <source>Vade-mecum and framework</source>
        <translation>Vade-mecum and framework</translation>
    </message>
    <message>
        <source>Vade-mecum and evaluation framework</source>
        <translation>Vade-mecum and evaluation framework</translation>
    </message>
    <message>
        <source>, %1 inhabitants</source>
        <translation>, %1 inhabitants</translation>
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
        <translation>There is nothing to paste.</translation>
    </message>
    <message>
        <source>Select the objective to paste the criterion &quot;%1&quot; into.</source>
        <translation>Select the objective to paste the criterion &quot;%1&quot; into.</translation>
    </message>
    <message>
        <source>Select the objective or criterion to paste the indicator &quot;%1&quot; into.</source>
        <translation>Select the objective or criterion to paste the indicator &quot;%1&quot; into.</translation>
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
        <translation>Impact accounts</translation>
    </message>
    <message>
        <source>Costs and benefits per unit of activity, split between society and the user.</source>
        <translation>Costs and benefits per unit of activity, split between society and the user.</translation>
    </message>
    <message>
        <source>No impact account yet.</source>
        <translation>No impact account yet.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit of activity</source>
        <translation>Unit of activity</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Impact account</source>
        <translation>Impact account</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Discount rate per period</source>
        <translation>Discount rate per period</translation>
    </message>
    <message>
        <source>Costs and benefits per unit</source>
        <translation>Costs and benefits per unit</translation>
    </message>
    <message>
        <source>No line yet.</source>
        <translation>No line yet.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Borne by</translation>
    </message>
    <message>
        <source>Net for society</source>
        <translation>Net for society</translation>
    </message>
    <message>
        <source>Net for the user</source>
        <translation>Net for the user</translation>
    </message>
    <message>
        <source>Net per unit</source>
        <translation>Net per unit</translation>
    </message>
    <message>
        <source>Volume of activity</source>
        <translation>Volume of activity</translation>
    </message>
    <message>
        <source>No volume yet.</source>
        <translation>No volume yet.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
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
        <translation>society</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>discount rate %1 per period</source>
        <translation>discount rate %1 per period</translation>
    </message>
    <message>
        <source>investment %1</source>
        <translation>investment %1</translation>
    </message>
    <message>
        <source>This account cannot be computed: a value, a volume or its rate is not usable.</source>
        <translation>This account cannot be computed: a value, a volume or its rate is not usable.</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <source>society %1 · user %2</source>
        <translation>society %1 · user %2</translation>
    </message>
    <message>
        <source>Over the periods</source>
        <translation>Over the periods</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), undiscounted</source>
        <translation>
            <numerusform>%n period, undiscounted</numerusform>
            <numerusform>%n periods, undiscounted</numerusform>
        </translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Net present value</translation>
    </message>
    <message>
        <source>after the investment</source>
        <translation>after the investment</translation>
    </message>
    <message>
        <source>Internal rate of return</source>
        <translation>Internal rate of return</translation>
    </message>
    <message>
        <source>the lowest of several</source>
        <translation>the lowest of several</translation>
    </message>
    <message>
        <source>per period</source>
        <translation>per period</translation>
    </message>
    <message>
        <source>none: the flows never repay it</source>
        <translation>none: the flows never repay it</translation>
    </message>
    <message>
        <source>Cost or benefit</source>
        <translation>Cost or benefit</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Borne by</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Society</source>
        <translation>Society</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Impact accounts</translation>
    </message>
    <message>
        <source>Costs and benefits of each unit of activity, for society and for the user, times the volume of each period; the net present value discounts each period&apos;s flow and deducts the investment.</source>
        <translation>Costs and benefits of each unit of activity, for society and for the user, times the volume of each period; the net present value discounts each period&apos;s flow and deducts the investment.</translation>
    </message>
    <message>
        <source>The project has no impact account yet.</source>
        <translation>The project has no impact account yet.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportErrorList</name>
    <message>
        <source>… and 1 more error.</source>
        <translation>… and 1 more error.</translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation>… and %1 more errors.</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>The language applies when Balise is next started.</source>
        <translation>The language applies when Balise is next started.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>LightStyle</name>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>amber</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>insufficient data</translation>
    </message>
</context>
<context>
    <name>MeasurementCommands</name>
    <message>
        <source>Edit a measurement</source>
        <translation>Edit a measurement</translation>
    </message>
</context>
<context>
    <name>MeasurementCsvReader</name>
    <message>
        <source>The indicator code is missing.</source>
        <translation>The indicator code is missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the code of an indicator of the framework.</source>
        <translation>&quot;%1&quot; is not the code of an indicator of the framework.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator of the framework but an element of kind %2: it cannot be measured.</source>
        <translation>&quot;%1&quot; is not an indicator of the framework but an element of kind %2: it cannot be measured.</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2.</source>
        <translation>This line has %1 cells but the header has %2.</translation>
    </message>
    <message>
        <source>The measurement of &quot;%1&quot; for service &quot;%2&quot; in period &quot;%3&quot; already appears on line %4.</source>
        <translation>The measurement of &quot;%1&quot; for service &quot;%2&quot; in period &quot;%3&quot; already appears on line %4.</translation>
    </message>
    <message>
        <source>The service name is missing.</source>
        <translation>The service name is missing.</translation>
    </message>
    <message>
        <source>The period is missing.</source>
        <translation>The period is missing.</translation>
    </message>
    <message>
        <source>The confidence must lie between 0 and 1.</source>
        <translation>The confidence must lie between 0 and 1.</translation>
    </message>
    <message>
        <source>This column holds values but no indicator code.</source>
        <translation>This column holds values but no indicator code.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; already has column %2.</source>
        <translation>The indicator &quot;%1&quot; already has column %2.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming its columns, then one line per measurement or per service.</source>
        <translation>The file is empty: it needs a header line naming its columns, then one line per measurement or per service.</translation>
    </message>
    <message>
        <source>The header must either name the columns service, indicator, period and value, or start with service followed by one column per indicator code.</source>
        <translation>The header must either name the columns service, indicator, period and value, or start with service followed by one column per indicator code.</translation>
    </message>
    <message>
        <source>The header has no period column and no period was given for the whole file.</source>
        <translation>The header has no period column and no period was given for the whole file.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>The column &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not one Balise knows; it is ignored.</source>
        <translation>The column &quot;%1&quot; is not one Balise knows; it is ignored.</translation>
    </message>
    <message>
        <source>This file has one column per indicator: give the period its values belong to.</source>
        <translation>This file has one column per indicator: give the period its values belong to.</translation>
    </message>
    <message>
        <source>The file has a header but no measurement.</source>
        <translation>The file has a header but no measurement.</translation>
    </message>
</context>
<context>
    <name>MeasurementText</name>
    <message>
        <source>&quot;%1&quot; is not a level of &quot;%2&quot;; write one of %3, or its number from 1 to %4.</source>
        <translation>&quot;%1&quot; is not a level of &quot;%2&quot;; write one of %3, or its number from 1 to %4.</translation>
    </message>
</context>
<context>
    <name>ModelValidator</name>
    <message>
        <source>Every objective, criterion and indicator needs a code.</source>
        <translation>Every objective, criterion and indicator needs a code.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is longer than 64 characters.</source>
        <translation>The code &quot;%1&quot; is longer than 64 characters.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by &quot;%2&quot;.</source>
        <translation>The code &quot;%1&quot; is already used by &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The node &quot;%1&quot; needs a name.</source>
        <translation>The node &quot;%1&quot; needs a name.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a number of zero or more.</source>
        <translation>The weight of &quot;%1&quot; must be a number of zero or more.</translation>
    </message>
    <message>
        <source>The parent of &quot;%1&quot; does not exist.</source>
        <translation>The parent of &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed under the indicator &quot;%2&quot;: indicators have no children.</source>
        <translation>&quot;%1&quot; cannot be placed under the indicator &quot;%2&quot;: indicators have no children.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed inside itself.</source>
        <translation>&quot;%1&quot; cannot be placed inside itself.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has children and cannot become an indicator.</source>
        <translation>&quot;%1&quot; has children and cannot become an indicator.</translation>
    </message>
    <message>
        <source>Baseline, target, band and cost must be ordinary numbers.</source>
        <translation>Baseline, target, band and cost must be ordinary numbers.</translation>
    </message>
    <message>
        <source>The collection cost cannot be negative.</source>
        <translation>The collection cost cannot be negative.</translation>
    </message>
    <message>
        <source>The target date comes before the baseline date.</source>
        <translation>The target date comes before the baseline date.</translation>
    </message>
    <message>
        <source>An indicator with a target band needs the band&apos;s low and high bounds.</source>
        <translation>An indicator with a target band needs the band&apos;s low and high bounds.</translation>
    </message>
    <message>
        <source>The low bound of the target band is above its high bound.</source>
        <translation>The low bound of the target band is above its high bound.</translation>
    </message>
    <message>
        <source>The distance at which the score falls to 0 must be positive.</source>
        <translation>The distance at which the score falls to 0 must be positive.</translation>
    </message>
    <message>
        <source>A qualitative indicator needs at least two ordered levels.</source>
        <translation>A qualitative indicator needs at least two ordered levels.</translation>
    </message>
    <message>
        <source>Every qualitative level needs a label.</source>
        <translation>Every qualitative level needs a label.</translation>
    </message>
    <message>
        <source>The level &quot;%1&quot; appears twice.</source>
        <translation>The level &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>The score of level &quot;%1&quot; must lie between 0 and 100.</source>
        <translation>The score of level &quot;%1&quot; must lie between 0 and 100.</translation>
    </message>
    <message>
        <source>Levels must be ordered from worst to best: &quot;%1&quot; scores below the level before it.</source>
        <translation>Levels must be ordered from worst to best: &quot;%1&quot; scores below the level before it.</translation>
    </message>
    <message>
        <source>Give a score to every level or to none (even spacing).</source>
        <translation>Give a score to every level or to none (even spacing).</translation>
    </message>
    <message>
        <source>Traffic-light thresholds must satisfy 0 ≤ red &lt; green ≤ 100.</source>
        <translation>Traffic-light thresholds must satisfy 0 ≤ red &lt; green ≤ 100.</translation>
    </message>
    <message>
        <source>The rating of %1 must lie between 0 and 4.</source>
        <translation>The rating of %1 must lie between 0 and 4.</translation>
    </message>
    <message>
        <source>A period needs a label.</source>
        <translation>A period needs a label.</translation>
    </message>
    <message>
        <source>There is already a period &quot;%1&quot;.</source>
        <translation>There is already a period &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give both the start and the end of period &quot;%1&quot;, or neither.</source>
        <translation>Give both the start and the end of period &quot;%1&quot;, or neither.</translation>
    </message>
    <message>
        <source>Period &quot;%1&quot; ends before it starts.</source>
        <translation>Period &quot;%1&quot; ends before it starts.</translation>
    </message>
    <message>
        <source>The dates of period &quot;%1&quot; are not plausible.</source>
        <translation>The dates of period &quot;%1&quot; are not plausible.</translation>
    </message>
    <message>
        <source>A data service needs a name.</source>
        <translation>A data service needs a name.</translation>
    </message>
    <message>
        <source>There is already a data service named &quot;%1&quot;.</source>
        <translation>There is already a data service named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown posture.</source>
        <translation>Unknown posture.</translation>
    </message>
    <message>
        <source>Destabilisation ratings lie between 0 and 4.</source>
        <translation>Destabilisation ratings lie between 0 and 4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator: it cannot be measured.</source>
        <translation>&quot;%1&quot; is not an indicator: it cannot be measured.</translation>
    </message>
    <message>
        <source>Confidence lies between 0 and 1.</source>
        <translation>Confidence lies between 0 and 1.</translation>
    </message>
    <message>
        <source>A missing measurement carries no value.</source>
        <translation>A missing measurement carries no value.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects one of its levels.</source>
        <translation>&quot;%1&quot; expects one of its levels.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects a number.</source>
        <translation>&quot;%1&quot; expects a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects an ordinary number, not infinity or NaN.</source>
        <translation>&quot;%1&quot; expects an ordinary number, not infinity or NaN.</translation>
    </message>
    <message>
        <source>The minimum coverage lies between 0 % and 100 %.</source>
        <translation>The minimum coverage lies between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>Readability thresholds must be at least 1.</source>
        <translation>Readability thresholds must be at least 1.</translation>
    </message>
    <message>
        <source>Choose a normalisation method for the framework.</source>
        <translation>Choose a normalisation method for the framework.</translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation>The project needs a title.</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>The population cannot be negative.</translation>
    </message>
    <message>
        <source>An impact account needs a name.</source>
        <translation>An impact account needs a name.</translation>
    </message>
    <message>
        <source>The discount rate must lie between -100 % and 100 %.</source>
        <translation>The discount rate must lie between -100 % and 100 %.</translation>
    </message>
    <message>
        <source>The investment must be a number of zero or more.</source>
        <translation>The investment must be a number of zero or more.</translation>
    </message>
    <message>
        <source>Every cost or benefit line needs a label.</source>
        <translation>Every cost or benefit line needs a label.</translation>
    </message>
    <message>
        <source>The value per unit of &quot;%1&quot; is not an ordinary number.</source>
        <translation>The value per unit of &quot;%1&quot; is not an ordinary number.</translation>
    </message>
    <message>
        <source>Volumes are numbers of zero or more.</source>
        <translation>Volumes are numbers of zero or more.</translation>
    </message>
    <message>
        <source>A period has two volumes.</source>
        <translation>A period has two volumes.</translation>
    </message>
    <message>
        <source>Say who validated this revision.</source>
        <translation>Say who validated this revision.</translation>
    </message>
    <message>
        <source>Say when this revision was validated.</source>
        <translation>Say when this revision was validated.</translation>
    </message>
    <message>
        <source>A revision cannot be validated before it was written.</source>
        <translation>A revision cannot be validated before it was written.</translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation>A question needs its text.</translation>
    </message>
    <message>
        <source>A choice question needs at least two choices.</source>
        <translation>A choice question needs at least two choices.</translation>
    </message>
    <message>
        <source>The scale&apos;s lowest value must be below its highest.</source>
        <translation>The scale&apos;s lowest value must be below its highest.</translation>
    </message>
    <message>
        <source>The weight of a question must be a number of zero or more.</source>
        <translation>The weight of a question must be a number of zero or more.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>A title is required.</translation>
    </message>
    <message>
        <source>The name &quot;%1…&quot; (%2) is longer than %3 characters.</source>
        <translation>The name &quot;%1…&quot; (%2) is longer than %3 characters.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; (%2) holds a line break or a control character.</source>
        <translation>The name &quot;%1&quot; (%2) holds a line break or a control character.</translation>
    </message>
    <message>
        <source>The text of %1 is longer than %2 characters.</source>
        <translation>The text of %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>A code holds a line break or a control character.</source>
        <translation>A code holds a line break or a control character.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; is above %2.</source>
        <translation>The weight of &quot;%1&quot; is above %2.</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>a period</translation>
    </message>
    <message>
        <source>a data service</source>
        <translation>a data service</translation>
    </message>
    <message>
        <source>a measurement&apos;s comment</source>
        <translation>a measurement&apos;s comment</translation>
    </message>
    <message>
        <source>a measurement&apos;s source</source>
        <translation>a measurement&apos;s source</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>the project</translation>
    </message>
    <message>
        <source>the territory</source>
        <translation>the territory</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>a title</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>&quot;%1&quot; uses a %2 as decimal mark but &quot;%3&quot; on line %4 uses a %5; use one decimal mark in the whole file.</source>
        <translation>&quot;%1&quot; uses a %2 as decimal mark but &quot;%3&quot; on line %4 uses a %5; use one decimal mark in the whole file.</translation>
    </message>
    <message>
        <source>A number is expected here.</source>
        <translation>A number is expected here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary number; NaN and infinity cannot be used.</source>
        <translation>&quot;%1&quot; is not an ordinary number; NaN and infinity cannot be used.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number written with a %2 as decimal mark.</source>
        <translation>&quot;%1&quot; is not a number written with a %2 as decimal mark.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: numbers must lie between -10^15 and 10^15.</source>
        <translation>&quot;%1&quot; is out of range: numbers must lie between -10^15 and 10^15.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
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
        <translation>One weight at a time, ±%1 % (siblings renormalised): change of the overall scores, in points, and of the ranks.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), up to %1 place(s)</source>
        <translation>
            <numerusform>%n service, up to %1 place(s)</numerusform>
            <numerusform>%n services, up to %1 place(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>weight moved</source>
        <translation>weight moved</translation>
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
        <translation>ranks</translation>
    </message>
</context>
<context>
    <name>PeriodDetails</name>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>The periods in which measurements are taken.</source>
        <translation>The periods in which measurements are taken.</translation>
    </message>
    <message>
        <source>No period yet. Importing measurements creates the periods they name.</source>
        <translation>No period yet. Importing measurements creates the periods they name.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation>%1 of %2 expected</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Values of the indicators for each service and period.</source>
        <translation>Values of the indicators for each service and period.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>By period</translation>
    </message>
    <message>
        <source>Measurements — %1</source>
        <translation>Measurements — %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>By service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Values recorded as missing or not applicable</source>
        <translation>Values recorded as missing or not applicable</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ProjectCreation</name>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 already exists: choose another name or remove it first.</source>
        <translation>%1 already exists: choose another name or remove it first.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a project.</source>
        <translation>%1 is damaged: it cannot be read as a project.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Balise project.</source>
        <translation>%1 is a folder, not a Balise project.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Balise project.</source>
        <translation>%1 is empty: it is not a Balise project.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Balise project.</source>
        <translation>%1 is not a Balise project.</translation>
    </message>
    <message>
        <source>%1 is truncated: it is not a whole Balise project.</source>
        <translation>%1 is truncated: it is not a whole Balise project.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation>%1 is damaged: its header is not valid.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Balise project.</source>
        <translation>%1 is a database, but not a Balise project.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Balise (file format %2; this version reads up to %3). It was not changed.</source>
        <translation>%1 was saved by a newer version of Balise (file format %2; this version reads up to %3). It was not changed.</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation>%1 is damaged: its format version is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 is damaged (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: records refer to missing records in table %2.</source>
        <translation>%1 is damaged: records refer to missing records in table %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: the table &quot;%2&quot; is missing.</source>
        <translation>%1 is damaged: the table &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 is read-only.</translation>
    </message>
    <message>
        <source>Balise cannot write in the folder of %1.</source>
        <translation>Balise cannot write in the folder of %1.</translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4).</source>
        <translation>%1 is already open in %2 (process %3 on %4).</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2.</source>
        <translation>Cannot write in %1: %2.</translation>
    </message>
    <message>
        <source>the copy did not pass the integrity check</source>
        <translation>the copy did not pass the integrity check</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Cannot save a copy to %1: %2</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1.</source>
        <translation>Cannot save a copy to %1.</translation>
    </message>
    <message>
        <source>%1 holds SQL code that Balise does not write (a trigger or a view): it may have been tampered with, and was not opened.</source>
        <translation>%1 holds SQL code that Balise does not write (a trigger or a view): it may have been tampered with, and was not opened.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program after Balise opened it: the change was not saved. Save the project under another name (Save As) to keep your work.</source>
        <translation>%1 was deleted or moved by another program after Balise opened it: the change was not saved. Save the project under another name (Save As) to keep your work.</translation>
    </message>
    <message>
        <source>%1 was replaced by another program after Balise opened it: the change was not saved, and the new file was left as it is. Save the project under another name (Save As) to keep your work.</source>
        <translation>%1 was replaced by another program after Balise opened it: the change was not saved, and the new file was left as it is. Save the project under another name (Save As) to keep your work.</translation>
    </message>
    <message>
        <source>%1 was being written when Balise or the computer stopped, and its last saved state cannot be restored from here: open it for writing once.</source>
        <translation>%1 was being written when Balise or the computer stopped, and its last saved state cannot be restored from here: open it for writing once.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: the disk is full. Free some space, or choose another disk, and save again.</source>
        <translation>Cannot save a copy to %1: the disk is full. Free some space, or choose another disk, and save again.</translation>
    </message>
</context>
<context>
    <name>ProjectJson</name>
    <message>
        <source>&quot;%1&quot; is not a keyword Balise knows.</source>
        <translation>&quot;%1&quot; is not a keyword Balise knows.</translation>
    </message>
    <message>
        <source>No service is called &quot;%1&quot;.</source>
        <translation>No service is called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No period is labelled &quot;%1&quot;.</source>
        <translation>No period is labelled &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No objective, criterion or indicator has the code &quot;%1&quot;.</source>
        <translation>No objective, criterion or indicator has the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An answer is to question %1, which the questionnaire does not have.</source>
        <translation>An answer is to question %1, which the questionnaire does not have.</translation>
    </message>
    <message>
        <source>The measurements&apos; columns are not those of this format.</source>
        <translation>The measurements&apos; columns are not those of this format.</translation>
    </message>
    <message>
        <source>A measurement does not have %1 values.</source>
        <translation>A measurement does not have %1 values.</translation>
    </message>
    <message>
        <source>The file is not a Balise project in JSON: %1.</source>
        <translation>The file is not a Balise project in JSON: %1.</translation>
    </message>
    <message>
        <source>The file is JSON but not a Balise project (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>The file is JSON but not a Balise project (its &quot;format&quot; is not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This project was written by another version of Balise (format %1; this one reads %2).</source>
        <translation>This project was written by another version of Balise (format %1; this one reads %2).</translation>
    </message>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>The project cannot be read: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; must be a list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; must be an object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; must be a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDThh:mm:ss).</source>
        <translation>&quot;%1&quot; is not a date and time (YYYY-MM-DDThh:mm:ss).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of zero or more.</source>
        <translation>&quot;%1&quot; must be a whole number of zero or more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two measurements of &quot;%2&quot; for %3.</source>
        <translation>&quot;%1&quot; has two measurements of &quot;%2&quot; for %3.</translation>
    </message>
    <message>
        <source>Revision %1 of the vade-mecum has no content.</source>
        <translation>Revision %1 of the vade-mecum has no content.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of territory Balise knows.</source>
        <translation>&quot;%1&quot; is not a kind of territory Balise knows.</translation>
    </message>
    <message>
        <source>The file is larger than %1 GiB: it is not a Balise project in JSON.</source>
        <translation>The file is larger than %1 GiB: it is not a Balise project in JSON.</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesCommand</name>
    <message>
        <source>Edit the project&apos;s properties</source>
        <translation>Edit the project&apos;s properties</translation>
    </message>
</context>
<context>
    <name>QuestionnaireExchange</name>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>one of: %1</translation>
    </message>
    <message>
        <source>any of, separated by |: %1</source>
        <translation>any of, separated by |: %1</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>free text</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header of the blank questionnaire.</source>
        <translation>The file is empty: it needs the header of the blank questionnaire.</translation>
    </message>
    <message>
        <source>The header needs an answer column and a question_id (or number) column, as in the blank questionnaire Balise exports.</source>
        <translation>The header needs an answer column and a question_id (or number) column, as in the blank questionnaire Balise exports.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of this questionnaire.</source>
        <translation>&quot;%1&quot; is not a question of this questionnaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the number of a question of this questionnaire.</source>
        <translation>&quot;%1&quot; is not the number of a question of this questionnaire.</translation>
    </message>
    <message>
        <source>The question is not named on this line.</source>
        <translation>The question is not named on this line.</translation>
    </message>
    <message>
        <source>This question is already answered on line %1.</source>
        <translation>This question is already answered on line %1.</translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2.</source>
        <translation>This line has %1 cells but the header has %2.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>The answer is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB: it is not an answered questionnaire.</source>
        <translation>The file is larger than 1 MiB: it is not an answered questionnaire.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>average of the services</source>
        <translation>average of the services</translation>
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
        <translation>The project has no service called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The project has no period labelled &quot;%1&quot;.</source>
        <translation>The project has no period labelled &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The project has no period to report on.</source>
        <translation>The project has no period to report on.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>The report could not be drawn.</translation>
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
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>ServiceCsvReader</name>
    <message>
        <source>A services file starts with a column service, followed by columns such as operator, domain, data_role, population_reached, population_not_reached or postures.</source>
        <translation>A services file starts with a column service, followed by columns such as operator, domain, data_role, population_reached, population_not_reached or postures.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known: it is ignored.</source>
        <translation>The column &quot;%1&quot; is not known: it is ignored.</translation>
    </message>
    <message>
        <source>The name of the service is missing.</source>
        <translation>The name of the service is missing.</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is already described on line %2.</source>
        <translation>The service &quot;%1&quot; is already described on line %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain; write one of: %2.</source>
        <translation>&quot;%1&quot; is not a domain; write one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role of data; write one of: %2.</source>
        <translation>&quot;%1&quot; is not a role of data; write one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a posture; write some of: %2, separated by |.</source>
        <translation>&quot;%1&quot; is not a posture; write some of: %2, separated by |.</translation>
    </message>
    <message>
        <source>The rating of %1 is a whole number from 0 to 4, not &quot;%2&quot;.</source>
        <translation>The rating of %1 is a whole number from 0 to 4, not &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ServiceDetails</name>
    <message>
        <source>Data services</source>
        <translation>Data services</translation>
    </message>
    <message>
        <source>The urban data services evaluated on the framework.</source>
        <translation>The urban data services evaluated on the framework.</translation>
    </message>
    <message>
        <source>No data service yet. Importing measurements creates the services they name.</source>
        <translation>No data service yet. Importing measurements creates the services they name.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Role of data</source>
        <translation>Role of data</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Data service</source>
        <translation>Data service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Inclusivity</source>
        <translation>Inclusivity</translation>
    </message>
    <message>
        <source>Population reached</source>
        <translation>Population reached</translation>
    </message>
    <message>
        <source>Population not reached</source>
        <translation>Population not reached</translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures of the public actor</translation>
    </message>
    <message>
        <source>No posture chosen for this service.</source>
        <translation>No posture chosen for this service.</translation>
    </message>
    <message>
        <source>Destabilisation profile</source>
        <translation>Destabilisation profile</translation>
    </message>
    <message>
        <source>Not assessed.</source>
        <translation>Not assessed.</translation>
    </message>
    <message>
        <source>%1 / 4</source>
        <translation>%1 / 4</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Answers to the operator questionnaire</source>
        <translation>Answers to the operator questionnaire</translation>
    </message>
    <message>
        <source>No answer recorded.</source>
        <translation>No answer recorded.</translation>
    </message>
    <message>
        <source>(question removed)</source>
        <translation>(question removed)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation>%1 of %2 expected</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Impact accounts</translation>
    </message>
</context>
<context>
    <name>ServiceEvolutionBuilder</name>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
</context>
<context>
    <name>ServiceScorecardReport</name>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>in the red</source>
        <translation>in the red</translation>
    </message>
    <message>
        <source>down %1 points</source>
        <translation>down %1 points</translation>
    </message>
    <message>
        <source>behind the pace to its target</source>
        <translation>behind the pace to its target</translation>
    </message>
    <message>
        <source>operated by %1</source>
        <translation>operated by %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>period %1</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>compared with %1</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Weight measured</source>
        <translation>Weight measured</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Strongest points</source>
        <translation>Strongest points</translation>
    </message>
    <message>
        <source>Weakest points</source>
        <translation>Weakest points</translation>
    </message>
    <message>
        <source>To decide or watch</source>
        <translation>To decide or watch</translation>
    </message>
    <message>
        <source>No indicator is in the red, falling or behind its target&apos;s pace.</source>
        <translation>No indicator is in the red, falling or behind its target&apos;s pace.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Owner and actions</source>
        <translation>Owner and actions</translation>
    </message>
    <message>
        <source>%1 / 100 · %2</source>
        <translation>%1 / 100 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions: %1</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>Criterion / indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Scorecard of a service</source>
        <translation>Scorecard of a service</translation>
    </message>
    <message>
        <source>Objective by objective</source>
        <translation>Objective by objective</translation>
    </message>
    <message>
        <source>of the services scored</source>
        <translation>of the services scored</translation>
    </message>
    <message>
        <source>of the weight has a value</source>
        <translation>of the weight has a value</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more indicator(s) to watch in the pages that follow.</source>
        <translation>
            <numerusform>… and %n more indicator to watch in the pages that follow.</numerusform>
            <numerusform>… and %n more indicators to watch in the pages that follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterQuestionnaire</name>
    <message>
        <source>The territory and its residents</source>
        <translation>The territory and its residents</translation>
    </message>
    <message>
        <source>Whom did you meet on the territory before proposing the service (residents, associations, the authority&apos;s departments)?</source>
        <translation>Whom did you meet on the territory before proposing the service (residents, associations, the authority&apos;s departments)?</translation>
    </message>
    <message>
        <source>Whose problem does the service solve?</source>
        <translation>Whose problem does the service solve?</translation>
    </message>
    <message>
        <source>an internal problem of the authority only</source>
        <translation>an internal problem of the authority only</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>a problem of the residents</source>
        <translation>a problem of the residents</translation>
    </message>
    <message>
        <source>What shows that the problem is real (figures, studies, complaints)?</source>
        <translation>What shows that the problem is real (figures, studies, complaints)?</translation>
    </message>
    <message>
        <source>Was the problem measured before the service started?</source>
        <translation>Was the problem measured before the service started?</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Which data will you share with the authority?</source>
        <translation>Which data will you share with the authority?</translation>
    </message>
    <message>
        <source>use of the service</source>
        <translation>use of the service</translation>
    </message>
    <message>
        <source>anonymised trips or flows</source>
        <translation>anonymised trips or flows</translation>
    </message>
    <message>
        <source>quality of service</source>
        <translation>quality of service</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>energy or resources consumed</source>
        <translation>energy or resources consumed</translation>
    </message>
    <message>
        <source>Will the shared data be open for others to re-use, under an open licence?</source>
        <translation>Will the shared data be open for others to re-use, under an open licence?</translation>
    </message>
    <message>
        <source>How often will you share the data?</source>
        <translation>How often will you share the data?</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>once a year</source>
        <translation>once a year</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>every quarter</translation>
    </message>
    <message>
        <source>every month or more often</source>
        <translation>every month or more often</translation>
    </message>
    <message>
        <source>Whom the service reaches</source>
        <translation>Whom the service reaches</translation>
    </message>
    <message>
        <source>Whom does the service not reach (people without a smartphone or a bank card, with a disability, who do not read French)?</source>
        <translation>Whom does the service not reach (people without a smartphone or a bank card, with a disability, who do not read French)?</translation>
    </message>
    <message>
        <source>Can the service be used without a smartphone?</source>
        <translation>Can the service be used without a smartphone?</translation>
    </message>
    <message>
        <source>How accessible is the service to people with a disability (1: not at all, 5: fully)?</source>
        <translation>How accessible is the service to people with a disability (1: not at all, 5: fully)?</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>Public interest</translation>
    </message>
    <message>
        <source>Which public resources does the service use (public space, subsidies, the authority&apos;s data)?</source>
        <translation>Which public resources does the service use (public space, subsidies, the authority&apos;s data)?</translation>
    </message>
    <message>
        <source>Will you evaluate the service with the authority, on indicators you both agree on?</source>
        <translation>Will you evaluate the service with the authority, on indicators you both agree on?</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The project file is damaged: unknown %1 &quot;%2&quot;.</source>
        <translation>The project file is damaged: unknown %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The project file is damaged: its project record is missing.</source>
        <translation>The project file is damaged: its project record is missing.</translation>
    </message>
    <message>
        <source>The project file is damaged: its framework loops back on itself.</source>
        <translation>The project file is damaged: its framework loops back on itself.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Cannot open %1: %2.</translation>
    </message>
    <message>
        <source>The project file refused a change: %1.</source>
        <translation>The project file refused a change: %1.</translation>
    </message>
    <message>
        <source>The project file cannot be read: %1.</source>
        <translation>The project file cannot be read: %1.</translation>
    </message>
    <message>
        <source>Cannot copy the project to %1: %2.</source>
        <translation>Cannot copy the project to %1: %2.</translation>
    </message>
    <message>
        <source>The project file does not have the expected structure: %1.</source>
        <translation>The project file does not have the expected structure: %1.</translation>
    </message>
    <message>
        <source>The project file refused a value: %1.</source>
        <translation>The project file refused a value: %1.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the project file: %1.</source>
        <translation>The change breaks a rule of the project file: %1.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved.</source>
        <translation>The disk is full: the change was not saved.</translation>
    </message>
    <message>
        <source>The project file is read-only: the change was not saved.</source>
        <translation>The project file is read-only: the change was not saved.</translation>
    </message>
    <message>
        <source>Another program is writing the project file: the change was not saved.</source>
        <translation>Another program is writing the project file: the change was not saved.</translation>
    </message>
    <message>
        <source>The project file could not be updated: %1.</source>
        <translation>The project file could not be updated: %1.</translation>
    </message>
    <message>
        <source>The project file is damaged: %1</source>
        <translation>The project file is damaged: %1</translation>
    </message>
    <message>
        <source>a node&apos;s parent is missing</source>
        <translation>a node&apos;s parent is missing</translation>
    </message>
    <message>
        <source>an indicator has children</source>
        <translation>an indicator has children</translation>
    </message>
    <message>
        <source>the project&apos;s creation date is not valid</source>
        <translation>the project&apos;s creation date is not valid</translation>
    </message>
    <message>
        <source>vade-mecum revision %1 is not readable</source>
        <translation>vade-mecum revision %1 is not readable</translation>
    </message>
    <message>
        <source>a weight is not a number of zero or more</source>
        <translation>a weight is not a number of zero or more</translation>
    </message>
    <message>
        <source>a measurement refers to a missing indicator</source>
        <translation>a measurement refers to a missing indicator</translation>
    </message>
    <message>
        <source>the weighting of node %1 is not readable</source>
        <translation>the weighting of node %1 is not readable</translation>
    </message>
    <message>
        <source>a setting is not a number</source>
        <translation>a setting is not a number</translation>
    </message>
    <message>
        <source>a setting is not a whole number</source>
        <translation>a setting is not a whole number</translation>
    </message>
    <message>
        <source>a link of the framework does not name one target</source>
        <translation>a link of the framework does not name one target</translation>
    </message>
    <message>
        <source>an objective or a criterion has an indicator&apos;s definition</source>
        <translation>an objective or a criterion has an indicator&apos;s definition</translation>
    </message>
    <message>
        <source>a quantitative indicator has levels</source>
        <translation>a quantitative indicator has levels</translation>
    </message>
    <message>
        <source>a data service has postures Balise does not know</source>
        <translation>a data service has postures Balise does not know</translation>
    </message>
    <message>
        <source>a whole number holds something else.</source>
        <translation>a whole number holds something else.</translation>
    </message>
    <message>
        <source>a number holds text.</source>
        <translation>a number holds text.</translation>
    </message>
    <message>
        <source>a date cannot be read.</source>
        <translation>a date cannot be read.</translation>
    </message>
    <message>
        <source>a date and time cannot be read.</source>
        <translation>a date and time cannot be read.</translation>
    </message>
</context>
<context>
    <name>TemplateArchive</name>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; is not a date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keyword Balise knows.</source>
        <translation>&quot;%1&quot; is not a keyword Balise knows.</translation>
    </message>
    <message>
        <source>The template announces %1 entries in a list; at most %2 are read.</source>
        <translation>The template announces %1 entries in a list; at most %2 are read.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB: it is not a Balise template.</source>
        <translation>The file is larger than %1 MiB: it is not a Balise template.</translation>
    </message>
    <message>
        <source>This is not a Balise template.</source>
        <translation>This is not a Balise template.</translation>
    </message>
    <message>
        <source>The template&apos;s header is damaged.</source>
        <translation>The template&apos;s header is damaged.</translation>
    </message>
    <message>
        <source>This template was made by a newer Balise (format %1; this one reads up to %2).</source>
        <translation>This template was made by a newer Balise (format %1; this one reads up to %2).</translation>
    </message>
    <message>
        <source>The template is incomplete: %1 bytes announced, %2 found.</source>
        <translation>The template is incomplete: %1 bytes announced, %2 found.</translation>
    </message>
    <message>
        <source>The template&apos;s content does not match its checksum: it was damaged or changed.</source>
        <translation>The template&apos;s content does not match its checksum: it was damaged or changed.</translation>
    </message>
    <message>
        <source>The template is incomplete.</source>
        <translation>The template is incomplete.</translation>
    </message>
    <message>
        <source>The template cannot be read: %1</source>
        <translation>The template cannot be read: %1</translation>
    </message>
    <message>
        <source>The template cannot be read: %1.</source>
        <translation>The template cannot be read: %1.</translation>
    </message>
    <message>
        <source>The template has no identifier or no title.</source>
        <translation>The template has no identifier or no title.</translation>
    </message>
    <message>
        <source>The template is not well-formed XML (line %1): %2.</source>
        <translation>The template is not well-formed XML (line %1): %2.</translation>
    </message>
    <message>
        <source>This template was written by a newer Balise, whose archive format this one cannot read.</source>
        <translation>This template was written by a newer Balise, whose archive format this one cannot read.</translation>
    </message>
</context>
<context>
    <name>TemplateBuilder</name>
    <message>
        <source>The template cannot make a project: %1</source>
        <translation>The template cannot make a project: %1</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No template is called &quot;%1&quot;: balise templates list shows those there are.</source>
        <translation>No template is called &quot;%1&quot;: balise templates list shows those there are.</translation>
    </message>
    <message>
        <source>The template&apos;s identifier &quot;%1&quot; is not usable as a file name (lower-case letters, digits and dashes).</source>
        <translation>The template&apos;s identifier &quot;%1&quot; is not usable as a file name (lower-case letters, digits and dashes).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a template that comes with Balise: give yours another identifier.</source>
        <translation>&quot;%1&quot; is a template that comes with Balise: give yours another identifier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the template in %1: %2.</source>
        <translation>Cannot write the template in %1: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2.</source>
        <translation>Cannot remove %1: %2.</translation>
    </message>
    <message>
        <source>You have no template called &quot;%1&quot;; the ones that come with Balise cannot be removed.</source>
        <translation>You have no template called &quot;%1&quot;; the ones that come with Balise cannot be removed.</translation>
    </message>
    <message>
        <source>No project can be made from this template: %1</source>
        <translation>No project can be made from this template: %1</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s), from “%1” to “%2”</source>
        <translation>
            <numerusform>%n level, from “%1” to “%2”</numerusform>
            <numerusform>%n levels, from “%1” to “%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>band %1–%2</source>
        <translation>band %1–%2</translation>
    </message>
    <message>
        <source>suggested target %1 by %2</source>
        <translation>suggested target %1 by %2</translation>
    </message>
    <message>
        <source>suggested target %1</source>
        <translation>suggested target %1</translation>
    </message>
    <message>
        <source>Comes with Balise</source>
        <translation>Comes with Balise</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message numerus="yes">
        <source>Vade-mecum: %n need(s)</source>
        <translation>
            <numerusform>Vade-mecum: %n need</numerusform>
            <numerusform>Vade-mecum: %n needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principle(s)</source>
        <translation>
            <numerusform>%n principle</numerusform>
            <numerusform>%n principles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of attention</source>
        <translation>
            <numerusform>%n field of attention</numerusform>
            <numerusform>%n fields of attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) offered</source>
        <translation>
            <numerusform>%n resource offered</numerusform>
            <numerusform>%n resources offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Framework: %n objective(s)</source>
        <translation>
            <numerusform>Framework: %n objective</numerusform>
            <numerusform>Framework: %n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questionnaire: %n question(s)</source>
        <translation>
            <numerusform>Questionnaire: %n question</numerusform>
            <numerusform>Questionnaire: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sample services: %n</source>
        <translation>
            <numerusform>Sample services: %n</numerusform>
            <numerusform>Sample services: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs of the territory</source>
        <translation>Needs of the territory</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priority %1</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>owner: %1</translation>
    </message>
    <message>
        <source>Questionnaire for operators</source>
        <translation>Questionnaire for operators</translation>
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
        <translation>suggested target “%1”</translation>
    </message>
</context>
<context>
    <name>TemplateSource</name>
    <message>
        <source>the format must be %1.</source>
        <translation>the format must be %1.</translation>
    </message>
    <message>
        <source>the identifier must be lower-case letters, digits and dashes.</source>
        <translation>the identifier must be lower-case letters, digits and dashes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>unknown key &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; must be an object.</source>
        <translation>an entry of &quot;%1&quot; must be an object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; must be an object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>&quot;%1&quot; must be a list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2 text.</source>
        <translation>&quot;%1&quot; has no %2 text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only the languages %2.</source>
        <translation>&quot;%1&quot; may hold only the languages %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>&quot;%1&quot; must be a text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>&quot;%1&quot; is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; must be a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>&quot;%1&quot; must be one of %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a place between 1 and %2.</source>
        <translation>&quot;%1&quot; must be a place between 1 and %2.</translation>
    </message>
    <message>
        <source>the posture is stated twice.</source>
        <translation>the posture is stated twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not need:N, principle:N or field:N.</source>
        <translation>&quot;%1&quot; is not need:N, principle:N or field:N.</translation>
    </message>
    <message>
        <source>a qualitative indicator needs at least two levels.</source>
        <translation>a qualitative indicator needs at least two levels.</translation>
    </message>
    <message>
        <source>only a qualitative indicator has levels.</source>
        <translation>only a qualitative indicator has levels.</translation>
    </message>
    <message>
        <source>a target band needs bandLow no greater than bandHigh.</source>
        <translation>a target band needs bandLow no greater than bandHigh.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a rating from 0 to 4.</source>
        <translation>&quot;%1&quot; must be a rating from 0 to 4.</translation>
    </message>
    <message>
        <source>&quot;code&quot; is required.</source>
        <translation>&quot;code&quot; is required.</translation>
    </message>
    <message>
        <source>the code is used twice.</source>
        <translation>the code is used twice.</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is required.</source>
        <translation>&quot;kind&quot; is required.</translation>
    </message>
    <message>
        <source>&quot;weight&quot; must be greater than 0.</source>
        <translation>&quot;weight&quot; must be greater than 0.</translation>
    </message>
    <message>
        <source>only an objective serves the vade-mecum.</source>
        <translation>only an objective serves the vade-mecum.</translation>
    </message>
    <message>
        <source>an indicator has no children.</source>
        <translation>an indicator has no children.</translation>
    </message>
    <message>
        <source>a choice question needs at least two choices.</source>
        <translation>a choice question needs at least two choices.</translation>
    </message>
    <message>
        <source>&quot;scaleMin&quot; must be below &quot;scaleMax&quot;.</source>
        <translation>&quot;scaleMin&quot; must be below &quot;scaleMax&quot;.</translation>
    </message>
    <message>
        <source>a free-text question cannot be scored.</source>
        <translation>a free-text question cannot be scored.</translation>
    </message>
    <message>
        <source>no objective has the code &quot;%1&quot;.</source>
        <translation>no objective has the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Templates are written in %1, not &quot;%2&quot;.</source>
        <translation>Templates are written in %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The template source is larger than %1 MiB.</source>
        <translation>The template source is larger than %1 MiB.</translation>
    </message>
    <message>
        <source>The template source is not valid JSON (at byte %1): %2.</source>
        <translation>The template source is not valid JSON (at byte %1): %2.</translation>
    </message>
    <message>
        <source>The template source must be a JSON object.</source>
        <translation>The template source must be a JSON object.</translation>
    </message>
    <message>
        <source>The template source is refused: %1</source>
        <translation>The template source is refused: %1</translation>
    </message>
</context>
<context>
    <name>UncertaintyAnalysis</name>
    <message>
        <source>There is nothing to analyse: the project needs indicators, services and a period.</source>
        <translation>There is nothing to analyse: the project needs indicators, services and a period.</translation>
    </message>
    <message>
        <source>The period to analyse is not in the project.</source>
        <translation>The period to analyse is not in the project.</translation>
    </message>
    <message>
        <source>At least one replication is needed.</source>
        <translation>At least one replication is needed.</translation>
    </message>
    <message>
        <source>The weight noise must be at least 0 and below 100 %.</source>
        <translation>The weight noise must be at least 0 and below 100 %.</translation>
    </message>
    <message>
        <source>An uncertainty analysis compares at most %1 services.</source>
        <translation>An uncertainty analysis compares at most %1 services.</translation>
    </message>
</context>
<context>
    <name>VadeMecumCommands</name>
    <message>
        <source>Record a revision of the vade-mecum</source>
        <translation>Record a revision of the vade-mecum</translation>
    </message>
    <message>
        <source>Edit revision %1</source>
        <translation>Edit revision %1</translation>
    </message>
</context>
<context>
    <name>VadeMecumDetails</name>
    <message>
        <source>In the framework</source>
        <translation>In the framework</translation>
    </message>
    <message>
        <source>No objective of the framework refers to it yet.</source>
        <translation>No objective of the framework refers to it yet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <source>Vade-mecum</source>
        <translation>Vade-mecum</translation>
    </message>
    <message>
        <source>The territory&apos;s stance towards digital innovation and data services.</source>
        <translation>The territory&apos;s stance towards digital innovation and data services.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Kind of territory</source>
        <translation>Kind of territory</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Priority needs</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Fields of attention</translation>
    </message>
    <message>
        <source>Resources offered</source>
        <translation>Resources offered</translation>
    </message>
    <message>
        <source>Free sections</source>
        <translation>Free sections</translation>
    </message>
    <message>
        <source>Questions to operators</source>
        <translation>Questions to operators</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>No revision recorded: the vade-mecum is a working draft.</source>
        <translation>No revision recorded: the vade-mecum is a working draft.</translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation>Latest revision</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures of the public actor</translation>
    </message>
    <message>
        <source>No posture stated.</source>
        <translation>No posture stated.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <translation>Stance</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Operator questionnaire</source>
        <translation>Operator questionnaire</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Revisions of the vade-mecum</source>
        <translation>Revisions of the vade-mecum</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <source>Priority need</source>
        <translation>Priority need</translation>
    </message>
    <message>
        <source>Field of attention</source>
        <translation>Field of attention</translation>
    </message>
    <message>
        <source>Resource offered to operators</source>
        <translation>Resource offered to operators</translation>
    </message>
    <message>
        <source>No condition.</source>
        <translation>No condition.</translation>
    </message>
    <message>
        <source>Posture of the public actor</source>
        <translation>Posture of the public actor</translation>
    </message>
    <message>
        <source>Section of the vade-mecum</source>
        <translation>Section of the vade-mecum</translation>
    </message>
    <message>
        <source>Section of the operator questionnaire</source>
        <translation>Section of the operator questionnaire</translation>
    </message>
    <message>
        <source>No question in this section.</source>
        <translation>No question in this section.</translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation>Need: %1</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Objective: %1</translation>
    </message>
    <message>
        <source>yes, weight %1</source>
        <translation>yes, weight %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Revision of the vade-mecum</source>
        <translation>Revision of the vade-mecum</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validated by</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validated on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>VadeMecumDiff</name>
    <message>
        <source>%1 added: &quot;%2&quot;</source>
        <translation>%1 added: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; → &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>condition added: &quot;%1&quot;</source>
        <translation>condition added: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>condition removed: &quot;%1&quot;</source>
        <translation>condition removed: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Priority needs</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Fields of attention</translation>
    </message>
    <message>
        <source>Resources offered</source>
        <translation>Resources offered</translation>
    </message>
    <message>
        <source>Postures</source>
        <translation>Postures</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>stance</translation>
    </message>
    <message>
        <source>Free sections</source>
        <translation>Free sections</translation>
    </message>
    <message>
        <source>+ %1: %2</source>
        <translation>+ %1: %2</translation>
    </message>
    <message>
        <source>− %1: %2</source>
        <translation>− %1: %2</translation>
    </message>
    <message>
        <source>~ %1: %2 — %3</source>
        <translation>~ %1: %2 — %3</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (none)</translation>
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
        <translation>%1, priority %2</translation>
    </message>
    <message>
        <source>  condition: %1</source>
        <translation>  condition: %1</translation>
    </message>
</context>
<context>
    <name>VadeMecumItems</name>
    <message>
        <source>Priority need</source>
        <translation>Priority need</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principle</translation>
    </message>
    <message>
        <source>Field of attention</source>
        <translation>Field of attention</translation>
    </message>
    <message>
        <source>Resource offered</source>
        <translation>Resource offered</translation>
    </message>
    <message>
        <source>Free section</source>
        <translation>Free section</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>New need</translation>
    </message>
    <message>
        <source>New principle</source>
        <translation>New principle</translation>
    </message>
    <message>
        <source>New field of attention</source>
        <translation>New field of attention</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>New resource</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Balise workbench: evaluate and steer urban data services.</source>
        <translation>Balise workbench: evaluate and steer urban data services.</translation>
    </message>
    <message>
        <source>Render the window to a PNG image and exit.</source>
        <translation>Render the window to a PNG image and exit.</translation>
    </message>
    <message>
        <source>Give at most one project to open.</source>
        <translation>Give at most one project to open.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Could not write the screenshot to %1.</translation>
    </message>
    <message>
        <source>The part of the project to show first (framework by default): %1.</source>
        <translation>The part of the project to show first (framework by default): %1.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown view &quot;%1&quot;: use one of %2.</translation>
    </message>
    <message>
        <source>The %1 view needs a project.</source>
        <translation>The %1 view needs a project.</translation>
    </message>
    <message>
        <source>The project to open (.balise), or a template to import (.balise-template).</source>
        <translation>The project to open (.balise), or a template to import (.balise-template).</translation>
    </message>
</context>
<context>
    <name>balise::Project</name>
    <message>
        <source>The project is open read-only: nothing can be changed.</source>
        <translation>The project is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>The project is open read-only (%1).</source>
        <translation>The project is open read-only (%1).</translation>
    </message>
    <message>
        <source>Each posture can be described once.</source>
        <translation>Each posture can be described once.</translation>
    </message>
    <message>
        <source>This revision no longer exists.</source>
        <translation>This revision no longer exists.</translation>
    </message>
    <message>
        <source>A question refers to a need that does not exist.</source>
        <translation>A question refers to a need that does not exist.</translation>
    </message>
    <message>
        <source>A question refers to an objective that does not exist.</source>
        <translation>A question refers to an objective that does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a parent &quot;%2&quot; that does not exist.</source>
        <translation>&quot;%1&quot; names a parent &quot;%2&quot; that does not exist.</translation>
    </message>
    <message>
        <source>This objective, criterion or indicator no longer exists.</source>
        <translation>This objective, criterion or indicator no longer exists.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has measurements: remove them before changing what kind of node it is.</source>
        <translation>&quot;%1&quot; already has measurements: remove them before changing what kind of node it is.</translation>
    </message>
    <message>
        <source>This data service no longer exists.</source>
        <translation>This data service no longer exists.</translation>
    </message>
    <message>
        <source>An answer refers to a question that does not exist.</source>
        <translation>An answer refers to a question that does not exist.</translation>
    </message>
    <message>
        <source>This period no longer exists.</source>
        <translation>This period no longer exists.</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>This indicator no longer exists.</translation>
    </message>
    <message>
        <source>An imported row refers to an indicator that does not exist.</source>
        <translation>An imported row refers to an indicator that does not exist.</translation>
    </message>
    <message>
        <source>This impact account no longer exists.</source>
        <translation>This impact account no longer exists.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has measurements at the level &quot;%2&quot;: it cannot be renamed, moved or removed.</source>
        <translation>&quot;%1&quot; has measurements at the level &quot;%2&quot;: it cannot be renamed, moved or removed.</translation>
    </message>
    <message>
        <source>There is nothing to put back.</source>
        <translation>There is nothing to put back.</translation>
    </message>
    <message>
        <source>The place this part of the framework came from no longer exists.</source>
        <translation>The place this part of the framework came from no longer exists.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists again: the removed part cannot be put back.</source>
        <translation>&quot;%1&quot; exists again: the removed part cannot be put back.</translation>
    </message>
    <message>
        <source>A data service named &quot;%1&quot; exists again: the removed one cannot be put back.</source>
        <translation>A data service named &quot;%1&quot; exists again: the removed one cannot be put back.</translation>
    </message>
    <message>
        <source>A period &quot;%1&quot; exists again: the removed one cannot be put back.</source>
        <translation>A period &quot;%1&quot; exists again: the removed one cannot be put back.</translation>
    </message>
    <message>
        <source>This impact account exists already.</source>
        <translation>This impact account exists already.</translation>
    </message>
    <message>
        <source>The weights do not match the children they are for.</source>
        <translation>The weights do not match the children they are for.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>This import has not been written.</source>
        <translation>This import has not been written.</translation>
    </message>
    <message>
        <source>This revision is already in the history.</source>
        <translation>This revision is already in the history.</translation>
    </message>
    <message>
        <source>A revision with this number is already in the history.</source>
        <translation>A revision with this number is already in the history.</translation>
    </message>
</context>
<context>
    <name>balise::ui::AdequacyModel</name>
    <message>
        <source>In all</source>
        <translation>In all</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 answered)</translation>
    </message>
</context>
<context>
    <name>balise::ui::ChartMenu</name>
    <message>
        <source>&amp;Copy the chart</source>
        <translation>&amp;Copy the chart</translation>
    </message>
    <message>
        <source>&amp;Save the chart as…</source>
        <translation>&amp;Save the chart as…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>The chart could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ComparisonView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Score out of 100 · #rank among the services · (share of the weight measured, when not all) · background: traffic light</source>
        <translation>Score out of 100 · #rank among the services · (share of the weight measured, when not all) · background: traffic light</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Scores by objective</source>
        <translation>Scores by objective</translation>
    </message>
    <message>
        <source>Ranks over the periods</source>
        <translation>Ranks over the periods</translation>
    </message>
    <message>
        <source>From each operator&apos;s answers to the scored questions of the questionnaire, out of 100</source>
        <translation>From each operator&apos;s answers to the scored questions of the questionnaire, out of 100</translation>
    </message>
    <message>
        <source>Adequacy to the needs</source>
        <translation>Adequacy to the needs</translation>
    </message>
</context>
<context>
    <name>balise::ui::DestabilisationView</name>
    <message>
        <source>How far each data service could unsettle the public actor, on the six axes of the guide: 0 = not at all, 4 = strongly.</source>
        <translation>How far each data service could unsettle the public actor, on the six axes of the guide: 0 = not at all, 4 = strongly.</translation>
    </message>
    <message>
        <source>Not assessed yet: %1.</source>
        <translation>Not assessed yet: %1.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ExportDataDialog</name>
    <message>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>The &amp;measurements, to edit in a spreadsheet and import again</source>
        <translation>The &amp;measurements, to edit in a spreadsheet and import again</translation>
    </message>
    <message>
        <source>The &amp;results: every score, coverage, light and rank</source>
        <translation>The &amp;results: every score, coverage, light and rank</translation>
    </message>
    <message>
        <source>The &amp;framework, as the framework CSV Balise reads</source>
        <translation>The &amp;framework, as the framework CSV Balise reads</translation>
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
        <translation>; and , with a BOM (French spreadsheet software)</translation>
    </message>
    <message>
        <source>, and . (most software and scripts)</source>
        <translation>, and . (most software and scripts)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Separators:</source>
        <translation>&amp;Separators:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>measurements</translation>
    </message>
    <message>
        <source>results</source>
        <translation>results</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>framework</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Say which file to write.</source>
        <translation>Say which file to write.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
</context>
<context>
    <name>balise::ui::FrameworkEditor</name>
    <message>
        <source>Add objective</source>
        <translation>Add objective</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>O</source>
        <comment>code prefix of a new objective</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>New objective</translation>
    </message>
    <message>
        <source>C</source>
        <comment>code prefix of a new criterion</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>I</source>
        <comment>code prefix of a new indicator</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message numerus="yes">
        <source>the %n node(s) under it</source>
        <translation>
            <numerusform>the %n node under it</numerusform>
            <numerusform>the %n nodes under it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with %2? You can undo it with Ctrl+Z.</source>
        <translation>Remove &quot;%1&quot; with %2? You can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Edit the indicator</source>
        <translation>Edit the indicator</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <source>Weigh the children of the selected node by points, a budget, a ranking or pairwise comparison (AHP)</source>
        <translation>Weigh the children of the selected node by points, a budget, a ranking or pairwise comparison (AHP)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Copy the selected node and what is under it (Ctrl+C); it pastes into a spreadsheet too</source>
        <translation>Copy the selected node and what is under it (Ctrl+C); it pastes into a spreadsheet too</translation>
    </message>
    <message>
        <source>Paste nodes copied here, from another project or from a spreadsheet (Ctrl+V)</source>
        <translation>Paste nodes copied here, from another project or from a spreadsheet (Ctrl+V)</translation>
    </message>
    <message>
        <source>The clipboard holds nothing to paste: copy a node of a framework first, or lines of a spreadsheet with the header level, code, name.</source>
        <translation>The clipboard holds nothing to paste: copy a node of a framework first, or lines of a spreadsheet with the header level, code, name.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the clipboard does not hold framework lines.
%1</source>
        <translation>Nothing was pasted: the clipboard does not hold framework lines.
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) were already taken: the pasted nodes have a suffix (-2, -3…).</source>
        <translation>
            <numerusform>%n code was already taken: the pasted node has a suffix (-2, -3…).</numerusform>
            <numerusform>%n codes were already taken: the pasted nodes have a suffix (-2, -3…).</numerusform>
        </translation>
    </message>
    <message>
        <source>From the vade-mecum…</source>
        <translation>From the vade-mecum…</translation>
    </message>
    <message>
        <source>Propose one objective per need or field of attention of the vade-mecum</source>
        <translation>Propose one objective per need or field of attention of the vade-mecum</translation>
    </message>
    <message>
        <source>Serves in the vade-mecum</source>
        <translation>Serves in the vade-mecum</translation>
    </message>
</context>
<context>
    <name>balise::ui::FrameworkFromVadeMecumDialog</name>
    <message>
        <source>Objectives from the vade-mecum</source>
        <translation>Objectives from the vade-mecum</translation>
    </message>
    <message>
        <source>One objective per ticked need or field of attention, named after it and citing it. Those no objective serves yet are ticked. Criteria and indicators are yours to add.</source>
        <translation>One objective per ticked need or field of attention, named after it and citing it. Those no objective serves yet are ticked. Criteria and indicators are yours to add.</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Priority needs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Fields of attention</translation>
    </message>
    <message>
        <source>The vade-mecum has no need or field of attention yet: write them first.</source>
        <translation>The vade-mecum has no need or field of attention yet: write them first.</translation>
    </message>
    <message>
        <source>&amp;Add the objectives</source>
        <translation>&amp;Add the objectives</translation>
    </message>
    <message>
        <source>Tick at least one need or field of attention.</source>
        <translation>Tick at least one need or field of attention.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n objective(s) from the vade-mecum</source>
        <translation>
            <numerusform>Add %n objective from the vade-mecum</numerusform>
            <numerusform>Add %n objectives from the vade-mecum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::FrameworkModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>A weight is a number of 0 or more, such as 2 or 0.5.</source>
        <translation>A weight is a number of 0 or more, such as 2 or 0.5.</translation>
    </message>
    <message>
        <source>Choose whether higher or lower values are better, or a target band.</source>
        <translation>Choose whether higher or lower values are better, or a target band.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ImpactAccountEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Unit of activity:</source>
        <translation>&amp;Unit of activity:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>&amp;Investment (empty: none):</source>
        <translation>&amp;Investment (empty: none):</translation>
    </message>
    <message>
        <source>&amp;Discount rate per period (%):</source>
        <translation>&amp;Discount rate per period (%):</translation>
    </message>
    <message>
        <source>Cost or benefit</source>
        <translation>Cost or benefit</translation>
    </message>
    <message>
        <source>Value per unit</source>
        <translation>Value per unit</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Borne by</translation>
    </message>
    <message>
        <source>Volume of activity</source>
        <translation>Volume of activity</translation>
    </message>
    <message>
        <source>Add a &amp;line</source>
        <translation>Add a &amp;line</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>Costs (negative) and benefits (positive) per unit of activity:</source>
        <translation>Costs (negative) and benefits (positive) per unit of activity:</translation>
    </message>
    <message>
        <source>Activity per period:</source>
        <translation>Activity per period:</translation>
    </message>
    <message>
        <source>&amp;Add an account</source>
        <translation>&amp;Add an account</translation>
    </message>
    <message>
        <source>Remove this account</source>
        <translation>Remove this account</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: write 4 for 4 %.</source>
        <translation>&quot;%1&quot; is not a rate: write 4 for 4 %.</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>No account selected</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(no service)</translation>
    </message>
    <message>
        <source> per %1</source>
        <translation> per %1</translation>
    </message>
    <message>
        <source>Per unit: %1 for society, %2 for the user, %3 in all%4.</source>
        <translation>Per unit: %1 for society, %2 for the user, %3 in all%4.</translation>
    </message>
    <message>
        <source>%1: %2 (society %3, users %4)</source>
        <translation>%1: %2 (society %3, users %4)</translation>
    </message>
    <message>
        <source>Net over these periods: %1. Net present value at %2 %: %3.</source>
        <translation>Net over these periods: %1. Net present value at %2 %: %3.</translation>
    </message>
    <message>
        <source>Internal rate of return: %1 %%2.</source>
        <translation>Internal rate of return: %1 %%2.</translation>
    </message>
    <message>
        <source> (the flows change sign several times: the lowest rate)</source>
        <translation> (the flows change sign several times: the lowest rate)</translation>
    </message>
    <message>
        <source>No internal rate of return: the flows never repay the investment, or there is nothing to repay.</source>
        <translation>No internal rate of return: the flows never repay the investment, or there is nothing to repay.</translation>
    </message>
    <message>
        <source>Give a volume of activity for at least one period to see the totals.</source>
        <translation>Give a volume of activity for at least one period to see the totals.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value per unit.</source>
        <translation>&quot;%1&quot; is not a value per unit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write %2 or %3.</source>
        <translation>&quot;%1&quot;: write %2 or %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a volume.</source>
        <translation>&quot;%1&quot; is not a volume.</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>New impact account</source>
        <translation>New impact account</translation>
    </message>
</context>
<context>
    <name>balise::ui::IndicatorForm</name>
    <message>
        <source>De&amp;finition:</source>
        <translation>De&amp;finition:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Levels (worst first, separated by |):</source>
        <translation>&amp;Levels (worst first, separated by |):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation>&amp;Normalisation:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocol:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>Collection &amp;cost (€):</source>
        <translation>Collection &amp;cost (€):</translation>
    </message>
    <message>
        <source>Cost &amp;note:</source>
        <translation>Cost &amp;note:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>Baseline &amp;date:</source>
        <translation>Baseline &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Target d&amp;ate:</source>
        <translation>Target d&amp;ate:</translation>
    </message>
    <message>
        <source>Band: &amp;from</source>
        <translation>Band: &amp;from</translation>
    </message>
    <message>
        <source>Band: t&amp;o</source>
        <translation>Band: t&amp;o</translation>
    </message>
    <message>
        <source>Band: &amp;tolerance</source>
        <translation>Band: &amp;tolerance</translation>
    </message>
    <message>
        <source>&amp;Red below (empty: the project&apos;s):</source>
        <translation>&amp;Red below (empty: the project&apos;s):</translation>
    </message>
    <message>
        <source>&amp;Green from (empty: the project&apos;s):</source>
        <translation>&amp;Green from (empty: the project&apos;s):</translation>
    </message>
    <message>
        <source>Quality of the indicator (0 = poor, 4 = excellent)</source>
        <translation>Quality of the indicator (0 = poor, 4 = excellent)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>not rated</translation>
    </message>
    <message>
        <source>Why this rating</source>
        <translation>Why this rating</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as %2 or 2030-12-31.</source>
        <translation>&quot;%1&quot; is not a date: write it as %2 or 2030-12-31.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ItemDetailsView</name>
    <message>
        <source>Not in the project</source>
        <translation>Not in the project</translation>
    </message>
    <message>
        <source>This item is no longer in the project.</source>
        <translation>This item is no longer in the project.</translation>
    </message>
    <message>
        <source>Scores and comparison</source>
        <translation>Scores and comparison</translation>
    </message>
    <message>
        <source>The services are scored on the framework.</source>
        <translation>The services are scored on the framework.</translation>
    </message>
</context>
<context>
    <name>balise::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Balise</source>
        <translation>&amp;About Balise</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Open a project</translation>
    </message>
    <message>
        <source>Balise projects (*.balise)</source>
        <translation>Balise projects (*.balise)</translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation>No recent project</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Balise</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>%1 (read-only) — Balise</source>
        <translation>%1 (read-only) — Balise</translation>
    </message>
    <message>
        <source>%1 — Balise</source>
        <translation>%1 — Balise</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Objectives: %1 · Indicators: %2 · Services: %3 · Periods: %4 · Values: %5</source>
        <translation>Objectives: %1 · Indicators: %2 · Services: %3 · Periods: %4 · Values: %5</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Import measurements or services…</source>
        <translation>&amp;Import measurements or services…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file and go on working on the copy</source>
        <translation>Write a copy of the project to another file and go on working on the copy</translation>
    </message>
    <message>
        <source>Project &amp;properties…</source>
        <translation>Project &amp;properties…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>%1 (copy).balise</source>
        <translation>%1 (copy).balise</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Save the project as</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Cannot save the project</translation>
    </message>
    <message>
        <source>Saved as %1; every change now goes to this file.</source>
        <translation>Saved as %1; every change now goes to this file.</translation>
    </message>
    <message>
        <source>Find in the project (Ctrl+F)</source>
        <translation>Find in the project (Ctrl+F)</translation>
    </message>
    <message>
        <source>An objective, indicator, service, period or vade-mecum item by its code or its name; Enter finds the next one</source>
        <translation>An objective, indicator, service, period or vade-mecum item by its code or its name; Enter finds the next one</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Nothing in the project matches &quot;%1&quot;.</source>
        <translation>Nothing in the project matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 of %2 matching &quot;%3&quot;</source>
        <translation>%1 of %2 matching &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>Keep this project&apos;s vade-mecum, framework and questionnaire as a starting point for other projects</source>
        <translation>Keep this project&apos;s vade-mecum, framework and questionnaire as a starting point for other projects</translation>
    </message>
    <message>
        <source>Template &amp;library…</source>
        <translation>Template &amp;library…</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Template &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>&amp;Export the report as PDF…</source>
        <translation>&amp;Export the report as PDF…</translation>
    </message>
    <message>
        <source>Print t&amp;he report…</source>
        <translation>Print t&amp;he report…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Export &amp;data…</translation>
    </message>
</context>
<context>
    <name>balise::ui::MeasurementSheet</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Tab: next indicator · Enter: next service · Ctrl+V: paste from a spreadsheet · NA: missing · Delete: clear</source>
        <translation>Tab: next indicator · Enter: next service · Ctrl+V: paste from a spreadsheet · NA: missing · Delete: clear</translation>
    </message>
</context>
<context>
    <name>balise::ui::MeasurementSheetModel</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>The pasted block is %1 rows by %2 columns: it goes beyond the sheet from the selected cell. Nothing was pasted.</source>
        <translation>The pasted block is %1 rows by %2 columns: it goes beyond the sheet from the selected cell. Nothing was pasted.</translation>
    </message>
    <message>
        <source>%1, %2: %3 Nothing was pasted.</source>
        <translation>%1, %2: %3 Nothing was pasted.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::NewProjectDialog</name>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>optional: start from a framework CSV file</source>
        <translation>optional: start from a framework CSV file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Fra&amp;mework:</source>
        <translation>Fra&amp;mework:</translation>
    </message>
    <message>
        <source>Every change is written to this file as you make it: there is nothing to save.</source>
        <translation>Every change is written to this file as you make it: there is nothing to save.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Where to create the project</source>
        <translation>Where to create the project</translation>
    </message>
    <message>
        <source>Balise projects (*.balise)</source>
        <translation>Balise projects (*.balise)</translation>
    </message>
    <message>
        <source>Framework to start from</source>
        <translation>Framework to start from</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation>The project needs a title.</translation>
    </message>
    <message>
        <source>Say where to create the project&apos;s file.</source>
        <translation>Say where to create the project&apos;s file.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 has problems; no project was created:
%2</source>
        <translation>%1 has problems; no project was created:
%2</translation>
    </message>
    <message>
        <source>none: an empty vade-mecum and framework</source>
        <translation>none: an empty vade-mecum and framework</translation>
    </message>
    <message>
        <source>Start from a templ&amp;ate:</source>
        <translation>Start from a templ&amp;ate:</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (yours)</translation>
    </message>
</context>
<context>
    <name>balise::ui::NodeLinksEditor</name>
    <message>
        <source>Select an objective to say which needs, principles and fields of attention of the vade-mecum it serves.</source>
        <translation>Select an objective to say which needs, principles and fields of attention of the vade-mecum it serves.</translation>
    </message>
    <message>
        <source>The vade-mecum has no need, principle or field of attention yet: write them first, under Vade-mecum in the project tree.</source>
        <translation>The vade-mecum has no need, principle or field of attention yet: write them first, under Vade-mecum in the project tree.</translation>
    </message>
    <message>
        <source>What %1 serves in the vade-mecum:</source>
        <translation>What %1 serves in the vade-mecum:</translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation>Priority needs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation>Fields of attention</translation>
    </message>
</context>
<context>
    <name>balise::ui::PeriodEditor</name>
    <message>
        <source>The period has dates</source>
        <translation>The period has dates</translation>
    </message>
    <message>
        <source>Remove this period…</source>
        <translation>Remove this period…</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Add a period</source>
        <translation>&amp;Add a period</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>No period selected</source>
        <translation>No period selected</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>New period</translation>
    </message>
    <message>
        <source>New period %1</source>
        <translation>New period %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove the period &quot;%1&quot; and its %n measurement(s)? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Remove the period &quot;%1&quot; and its measurement? You can undo it with Ctrl+Z.</numerusform>
            <numerusform>Remove the period &quot;%1&quot; and its %n measurements? You can undo it with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::PostureEditor</name>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures of the public actor</translation>
    </message>
    <message>
        <source>Which roles the territory takes towards the data services, and how: as the one who sets the rules, who buys data, who re-uses it, who invests, who builds commons.</source>
        <translation>Which roles the territory takes towards the data services, and how: as the one who sets the rules, who buys data, who re-uses it, who invests, who builds commons.</translation>
    </message>
    <message>
        <source>How the territory takes this posture</source>
        <translation>How the territory takes this posture</translation>
    </message>
    <message>
        <source>Edit the posture %1</source>
        <translation>Edit the posture %1</translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectDocument</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>The change could not be undone or redone: %1 The undo history has been cleared; the project holds every change made so far.</source>
        <translation>The change could not be undone or redone: %1 The undo history has been cleared; the project holds every change made so far.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectInfoForm</name>
    <message>
        <source>e.g. Urban data services 2027</source>
        <translation>e.g. Urban data services 2027</translation>
    </message>
    <message>
        <source>e.g. Val d&apos;Ardoise</source>
        <translation>e.g. Val d&apos;Ardoise</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source> inhabitants</source>
        <translation> inhabitants</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind of territory:</source>
        <translation>&amp;Kind of territory:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Population:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>T&amp;erritory:</source>
        <translation>T&amp;erritory:</translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectPropertiesDialog</name>
    <message>
        <source>Project properties</source>
        <translation>Project properties</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>&amp;Red below:</source>
        <translation>&amp;Red below:</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>&amp;Green from:</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage:</source>
        <translation>Minimum &amp;coverage:</translation>
    </message>
    <message>
        <source>&amp;Normalisation by default:</source>
        <translation>&amp;Normalisation by default:</translation>
    </message>
    <message>
        <source>&amp;Aggregation:</source>
        <translation>&amp;Aggregation:</translation>
    </message>
    <message>
        <source>Readability of the framework</source>
        <translation>Readability of the framework</translation>
    </message>
    <message>
        <source>Indicators per criterion, at most:</source>
        <translation>Indicators per criterion, at most:</translation>
    </message>
    <message>
        <source>Indicators in the framework, at most:</source>
        <translation>Indicators in the framework, at most:</translation>
    </message>
    <message>
        <source>Less measured than this: &quot;insufficient data&quot;, no score.</source>
        <translation>Less measured than this: &quot;insufficient data&quot;, no score.</translation>
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
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n principle(s)</source>
        <translation>
            <numerusform>%n principle</numerusform>
            <numerusform>%n principles</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority needs (%1)</source>
        <translation>Priority needs (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>%1 priority</translation>
    </message>
    <message>
        <source>Principles (%1)</source>
        <translation>Principles (%1)</translation>
    </message>
    <message>
        <source>Fields of attention (%1)</source>
        <translation>Fields of attention (%1)</translation>
    </message>
    <message>
        <source>Resources offered (%1)</source>
        <translation>Resources offered (%1)</translation>
    </message>
    <message>
        <source>Postures (%1)</source>
        <translation>Postures (%1)</translation>
    </message>
    <message>
        <source>Free sections (%1)</source>
        <translation>Free sections (%1)</translation>
    </message>
    <message>
        <source>Operator questionnaire (%1)</source>
        <translation>Operator questionnaire (%1)</translation>
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
        <translation>Revisions (%1)</translation>
    </message>
    <message>
        <source>Revision %1 — %2</source>
        <translation>Revision %1 — %2</translation>
    </message>
    <message>
        <source>Framework (%1, %2)</source>
        <translation>Framework (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Data services (%1)</source>
        <translation>Data services (%1)</translation>
    </message>
    <message>
        <source>Periods (%1)</source>
        <translation>Periods (%1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln missing</numerusform>
            <numerusform>%Ln missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurements (%1)</source>
        <translation>Measurements (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Impact accounts (%1)</source>
        <translation>Impact accounts (%1)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Scores and comparison</source>
        <translation>Scores and comparison</translation>
    </message>
    <message>
        <source>Robustness of the ranking</source>
        <translation>Robustness of the ranking</translation>
    </message>
    <message>
        <source>Quality of the indicators</source>
        <translation>Quality of the indicators</translation>
    </message>
    <message>
        <source>Scorecard of a service</source>
        <translation>Scorecard of a service</translation>
    </message>
    <message>
        <source>Destabilisation radar</source>
        <translation>Destabilisation radar</translation>
    </message>
    <message>
        <source>Sensitivity to the weights</source>
        <translation>Sensitivity to the weights</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Comparison of services</source>
        <translation>Comparison of services</translation>
    </message>
    <message>
        <source>Vade-mecum and framework</source>
        <translation>Vade-mecum and framework</translation>
    </message>
    <message>
        <source>Evolution of a service</source>
        <translation>Evolution of a service</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Impact accounts</translation>
    </message>
</context>
<context>
    <name>balise::ui::QualityAuditModel</name>
    <message>
        <source>The data cast doubt on this quality: see the hints.</source>
        <translation>The data cast doubt on this quality: see the hints.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Hints from the data</source>
        <translation>Hints from the data</translation>
    </message>
</context>
<context>
    <name>balise::ui::QualityAuditView</name>
    <message>
        <source>The user&apos;s ratings of the six qualities (0 = poor, 4 = excellent; — = not rated). Amber: the data cast doubt on that quality. Pale red: rated 0 or 1.</source>
        <translation>The user&apos;s ratings of the six qualities (0 = poor, 4 = excellent; — = not rated). Amber: the data cast doubt on that quality. Pale red: rated 0 or 1.</translation>
    </message>
</context>
<context>
    <name>balise::ui::QuestionnaireEditor</name>
    <message>
        <source>Counts towards the adequacy score</source>
        <translation>Counts towards the adequacy score</translation>
    </message>
    <message>
        <source>Lower is better: &quot;no&quot;, the low end of the scale, the first choice</source>
        <translation>Lower is better: &quot;no&quot;, the low end of the scale, the first choice</translation>
    </message>
    <message>
        <source>Add a &amp;section</source>
        <translation>Add a &amp;section</translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation>Add a &amp;question</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Add the s&amp;tarter questions</source>
        <translation>Add the s&amp;tarter questions</translation>
    </message>
    <message>
        <source>Questionnaire to operators</source>
        <translation>Questionnaire to operators</translation>
    </message>
    <message>
        <source>What the territory asks every operator before meeting them. Scored answers give the adequacy between their offer and the territory&apos;s needs.</source>
        <translation>What the territory asks every operator before meeting them. Scored answers give the adequacy between their offer and the territory&apos;s needs.</translation>
    </message>
    <message>
        <source>Questions to start from: whom the operator met, whose problem the service solves, the evidence, the data shared, whom the service does not reach</source>
        <translation>Questions to start from: whom the operator met, whose problem the service solves, the evidence, the data shared, whom the service does not reach</translation>
    </message>
    <message>
        <source>One choice per line, the worst first</source>
        <translation>One choice per line, the worst first</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Choices:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>Informs the &amp;objective:</source>
        <translation>Informs the &amp;objective:</translation>
    </message>
    <message>
        <source>Select a section or a question, or add one.</source>
        <translation>Select a section or a question, or add one.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Preview for the operator</source>
        <translation>Preview for the operator</translation>
    </message>
    <message>
        <source>Edit the section %1</source>
        <translation>Edit the section %1</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>First choice</translation>
    </message>
    <message>
        <source>Second choice</source>
        <translation>Second choice</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Scored, weight %1</source>
        <translation>Scored, weight %1</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>From %1.</translation>
    </message>
    <message>
        <source>Your answer, in a few lines.</source>
        <translation>Your answer, in a few lines.</translation>
    </message>
    <message>
        <source>☐ yes   ☐ no</source>
        <translation>☐ yes   ☐ no</translation>
    </message>
    <message>
        <source>One answer:</source>
        <translation>One answer:</translation>
    </message>
    <message>
        <source>Any that apply:</source>
        <translation>Any that apply:</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>A number.</translation>
    </message>
    <message>
        <source>No question yet.</source>
        <translation>No question yet.</translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation>Edit a question</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Add a section</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; with %n answer(s) operators gave? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Remove &quot;%1&quot; with %n answer operators gave? You can undo it with Ctrl+Z.</numerusform>
            <numerusform>Remove &quot;%1&quot; with %n answers operators gave? You can undo it with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Move in the questionnaire</source>
        <translation>Move in the questionnaire</translation>
    </message>
    <message>
        <source>Add the starter questions</source>
        <translation>Add the starter questions</translation>
    </message>
    <message>
        <source>R&amp;emove…</source>
        <translation>R&amp;emove…</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>Section t&amp;itle:</source>
        <translation>Section t&amp;itle:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Answers the nee&amp;d:</source>
        <translation>Answers the nee&amp;d:</translation>
    </message>
    <message>
        <source>Export the questionnaire for operators</source>
        <translation>Export the questionnaire for operators</translation>
    </message>
    <message>
        <source>questionnaire.csv</source>
        <translation>questionnaire.csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Ex&amp;port for operators…</source>
        <translation>Ex&amp;port for operators…</translation>
    </message>
    <message>
        <source>The blank questionnaire as a spreadsheet (CSV) or JSON file for an operator to fill in, their answers then imported back from the service&apos;s page; or as a PDF document to print</source>
        <translation>The blank questionnaire as a spreadsheet (CSV) or JSON file for an operator to fill in, their answers then imported back from the service&apos;s page; or as a PDF document to print</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;JSON (*.json);;Document to print (*.pdf)</source>
        <translation>Spreadsheet (*.csv);;JSON (*.json);;Document to print (*.pdf)</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Answered by:</source>
        <translation>Answered by:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>balise::ui::RankHistoryModel</name>
    <message>
        <source>Not ranked: insufficient data</source>
        <translation>Not ranked: insufficient data</translation>
    </message>
    <message numerus="yes">
        <source>Rank %1 of %2, %n place(s) up since the previous period</source>
        <translation>
            <numerusform>Rank %1 of %2, %n place up since the previous period</numerusform>
            <numerusform>Rank %1 of %2, %n places up since the previous period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank %1 of %2, %n place(s) down since the previous period</source>
        <translation>
            <numerusform>Rank %1 of %2, %n place down since the previous period</numerusform>
            <numerusform>Rank %1 of %2, %n places down since the previous period</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>Rank %1 of %2</translation>
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
        <translation>In 90 % of the replications the service ranked between these two places.</translation>
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
        <translation>Rank</translation>
    </message>
    <message>
        <source>Median rank</source>
        <translation>Median rank</translation>
    </message>
    <message>
        <source>5–95 % interval</source>
        <translation>5–95 % interval</translation>
    </message>
    <message>
        <source>Mean rank</source>
        <translation>Mean rank</translation>
    </message>
    <message>
        <source>P(first)</source>
        <translation>P(first)</translation>
    </message>
</context>
<context>
    <name>balise::ui::ReplicationsModel</name>
    <message>
        <source>the framework&apos;s</source>
        <translation>the framework&apos;s</translation>
    </message>
    <message>
        <source>distance to target</source>
        <translation>distance to target</translation>
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
        <translation>rank</translation>
    </message>
    <message>
        <source>geometric</source>
        <translation>geometric</translation>
    </message>
    <message>
        <source>arithmetic</source>
        <translation>arithmetic</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replication</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
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
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vices:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Scorecard of a service</source>
        <translation>Scorecard of a service</translation>
    </message>
    <message>
        <source>Comparison of services</source>
        <translation>Comparison of services</translation>
    </message>
    <message>
        <source>The services compared; none ticked: all of them</source>
        <translation>The services compared; none ticked: all of them</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>Evolution of a service</source>
        <translation>Evolution of a service</translation>
    </message>
    <message>
        <source>Vade-mecum and framework</source>
        <translation>Vade-mecum and framework</translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation>Impact accounts</translation>
    </message>
</context>
<context>
    <name>balise::ui::RevisionsEditor</name>
    <message>
        <source>&amp;Record a revision…</source>
        <translation>&amp;Record a revision…</translation>
    </message>
    <message>
        <source>Revisions of the vade-mecum</source>
        <translation>Revisions of the vade-mecum</translation>
    </message>
    <message>
        <source>A revision freezes the vade-mecum as it stands, with who wrote it and its political status: record one before submitting the text, and note its validation.</source>
        <translation>A revision freezes the vade-mecum as it stands, with who wrote it and its political status: record one before submitting the text, and note its validation.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Validated by, on</source>
        <translation>Validated by, on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Validated &amp;by:</source>
        <translation>Validated &amp;by:</translation>
    </message>
    <message>
        <source>Validated &amp;on:</source>
        <translation>Validated &amp;on:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>The selected revision</source>
        <translation>The selected revision</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Record a revision</source>
        <translation>Record a revision</translation>
    </message>
    <message>
        <source>What changed since the last revision (optional):</source>
        <translation>What changed since the last revision (optional):</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Say who validated this revision, then the date.</source>
        <translation>Say who validated this revision, then the date.</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Revision %1 (%2)</translation>
    </message>
    <message>
        <source>the current content</source>
        <translation>the current content</translation>
    </message>
    <message>
        <source>No revision yet: record one to follow how the vade-mecum changes.</source>
        <translation>No revision yet: record one to follow how the vade-mecum changes.</translation>
    </message>
    <message>
        <source>This revision&apos;s content cannot be read.</source>
        <translation>This revision&apos;s content cannot be read.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>Show what the selected revision &amp;says</source>
        <translation>Show what the selected revision &amp;says</translation>
    </message>
    <message>
        <source>Revision %1, as recorded:</source>
        <translation>Revision %1, as recorded:</translation>
    </message>
</context>
<context>
    <name>balise::ui::SaveTemplateDialog</name>
    <message numerus="yes">
        <source>Keep the project&apos;s %n service(s) as sample services</source>
        <translation>
            <numerusform>Keep the project&apos;s service as a sample service</numerusform>
            <numerusform>Keep the project&apos;s %n services as sample services</numerusform>
        </translation>
    </message>
    <message>
        <source>In my template &amp;library</source>
        <translation>In my template &amp;library</translation>
    </message>
    <message>
        <source>In a &amp;file, to hand to someone else:</source>
        <translation>In a &amp;file, to hand to someone else:</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes: the name of the template&apos;s file and what balise new --template takes</source>
        <translation>Lower-case letters, digits and dashes: the name of the template&apos;s file and what balise new --template takes</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>The template keeps the vade-mecum, the framework with every attribute of its nodes and the questionnaire. Measurements, answers and revisions stay in the project.</source>
        <translation>The template keeps the vade-mecum, the framework with every attribute of its nodes and the questionnaire. Measurements, answers and revisions stay in the project.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of its texts:</source>
        <translation>Lan&amp;guage of its texts:</translation>
    </message>
    <message>
        <source>Save the template as</source>
        <translation>Save the template as</translation>
    </message>
    <message>
        <source>Balise templates (*.balise-template)</source>
        <translation>Balise templates (*.balise-template)</translation>
    </message>
    <message>
        <source>The template needs a title.</source>
        <translation>The template needs a title.</translation>
    </message>
    <message>
        <source>The template needs an identifier.</source>
        <translation>The template needs an identifier.</translation>
    </message>
    <message>
        <source>Say which file the template goes to.</source>
        <translation>Say which file the template goes to.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>You already have a template called &quot;%1&quot;. Save again to replace it, or change the identifier.</source>
        <translation>You already have a template called &quot;%1&quot;. Save again to replace it, or change the identifier.</translation>
    </message>
</context>
<context>
    <name>balise::ui::ScoreTableModel</name>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>insufficient data</source>
        <translation>insufficient data</translation>
    </message>
    <message>
        <source> · #%1</source>
        <translation> · #%1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of the weight measured</source>
        <translation>%1 — %2: %3 of the weight measured</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
</context>
<context>
    <name>balise::ui::ScorecardNodesModel</name>
    <message>
        <source>target reached</source>
        <translation>target reached</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>How far the latest value has gone from the baseline (0 %) to the target (100 %)</source>
        <translation>How far the latest value has gone from the baseline (0 %) to the target (100 %)</translation>
    </message>
    <message>
        <source>Whether, at the pace since the baseline, the target is reached by its date</source>
        <translation>Whether, at the pace since the baseline, the target is reached by its date</translation>
    </message>
    <message>
        <source>Objective, criterion, indicator</source>
        <translation>Objective, criterion, indicator</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Since the previous period</source>
        <translation>Since the previous period</translation>
    </message>
    <message>
        <source>Way to the target</source>
        <translation>Way to the target</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
</context>
<context>
    <name>balise::ui::ScorecardView</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>%1: insufficient data in %2 (%3 of the weight measured)</source>
        <translation>%1: insufficient data in %2 (%3 of the weight measured)</translation>
    </message>
    <message>
        <source>%1: %2 / 100, %3 — rank %4 of %5 — %6 of the weight measured</source>
        <translation>%1: %2 / 100, %3 — rank %4 of %5 — %6 of the weight measured</translation>
    </message>
    <message>
        <source>Strongest: %1
Weakest: %2</source>
        <translation>Strongest: %1
Weakest: %2</translation>
    </message>
    <message>
        <source>average of the services</source>
        <translation>average of the services</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
</context>
<context>
    <name>balise::ui::SensitivityView</name>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Each weight moved by:</source>
        <translation>&amp;Each weight moved by:</translation>
    </message>
    <message>
        <source>Change of the overall score, in points</source>
        <translation>Change of the overall score, in points</translation>
    </message>
    <message>
        <source>weight −%1 %</source>
        <translation>weight −%1 %</translation>
    </message>
    <message>
        <source>weight +%1 %</source>
        <translation>weight +%1 %</translation>
    </message>
    <message>
        <source>No single weight moved by ±%1 % changes the ranking of the services.</source>
        <translation>No single weight moved by ±%1 % changes the ranking of the services.</translation>
    </message>
    <message numerus="yes">
        <source>Moving one weight by ±%1 % changes the place of %n service(s) in the ranking.</source>
        <translation>
            <numerusform>Moving one weight by ±%1 % changes the place of %n service in the ranking.</numerusform>
            <numerusform>Moving one weight by ±%1 % changes the place of %n services in the ranking.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::ServiceAnswersEditor</name>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>one of: %1</translation>
    </message>
    <message>
        <source>any of: %1 (separated by ;)</source>
        <translation>any of: %1 (separated by ;)</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>free text</translation>
    </message>
    <message>
        <source>no scored answer yet</source>
        <translation>no scored answer yet</translation>
    </message>
    <message>
        <source>%1 / 100 (%2 of the scored weight answered)</source>
        <translation>%1 / 100 (%2 of the scored weight answered)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — scored</source>
        <translation>%1 — scored</translation>
    </message>
    <message>
        <source>The questionnaire has no question yet: write it under Vade-mecum › Operator questionnaire.</source>
        <translation>The questionnaire has no question yet: write it under Vade-mecum › Operator questionnaire.</translation>
    </message>
    <message>
        <source>Adequacy to the territory&apos;s needs: %1</source>
        <translation>Adequacy to the territory&apos;s needs: %1</translation>
    </message>
    <message>
        <source>— %1: %2</source>
        <translation>— %1: %2</translation>
    </message>
    <message>
        <source>Answer %1 is not kept: %2</source>
        <translation>Answer %1 is not kept: %2</translation>
    </message>
    <message>
        <source>&amp;Import an operator&apos;s answers…</source>
        <translation>&amp;Import an operator&apos;s answers…</translation>
    </message>
    <message>
        <source>Import an operator&apos;s answers</source>
        <translation>Import an operator&apos;s answers</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv *.txt);;All files (*)</source>
        <translation>Spreadsheet (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <source>%1 has problems; no answer was imported:
%2</source>
        <translation>%1 has problems; no answer was imported:
%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s) imported for %2</source>
        <translation>
            <numerusform>%1: %n answer imported for %2</numerusform>
            <numerusform>%1: %n answers imported for %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left blank.</source>
        <translation>
            <numerusform>%n question left blank.</numerusform>
            <numerusform>%n questions left blank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>balise::ui::ServiceEditor</name>
    <message>
        <source>Remove this service…</source>
        <translation>Remove this service…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Role of the &amp;data:</source>
        <translation>Role of the &amp;data:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>Population &amp;reached:</source>
        <translation>Population &amp;reached:</translation>
    </message>
    <message>
        <source>Population &amp;not reached:</source>
        <translation>Population &amp;not reached:</translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation>Postures of the public actor</translation>
    </message>
    <message>
        <source>Destabilisation profile (0 = none, 4 = strong)</source>
        <translation>Destabilisation profile (0 = none, 4 = strong)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>&amp;Add a service</source>
        <translation>&amp;Add a service</translation>
    </message>
    <message>
        <source>No service selected</source>
        <translation>No service selected</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; and its %n measurement(s)? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Remove &quot;%1&quot; and its measurement? You can undo it with Ctrl+Z.</numerusform>
            <numerusform>Remove &quot;%1&quot; and its %n measurements? You can undo it with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers to the operator questionnaire</source>
        <translation>Answers to the operator questionnaire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Postures and destabilisation</source>
        <translation>Postures and destabilisation</translation>
    </message>
</context>
<context>
    <name>balise::ui::TemplateLibraryDialog</name>
    <message>
        <source>&amp;New project from this template…</source>
        <translation>&amp;New project from this template…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Template library</source>
        <translation>Template library</translation>
    </message>
    <message>
        <source>Only your own templates can be removed; those that come with Balise stay.</source>
        <translation>Only your own templates can be removed; those that come with Balise stay.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Add a template file received from someone else to your library</source>
        <translation>Add a template file received from someone else to your library</translation>
    </message>
    <message>
        <source>Template to import</source>
        <translation>Template to import</translation>
    </message>
    <message>
        <source>Balise templates (%1)</source>
        <translation>Balise templates (%1)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Export the template</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Remove the template</translation>
    </message>
    <message>
        <source>Remove your template &quot;%1&quot; from the library? Projects made from it keep what they hold.</source>
        <translation>Remove your template &quot;%1&quot; from the library? Projects made from it keep what they hold.</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (yours)</translation>
    </message>
    <message>
        <source>Some files of your library cannot be read:
%1</source>
        <translation>Some files of your library cannot be read:
%1</translation>
    </message>
    <message>
        <source>No template yet: import one, or save a project as a template.</source>
        <translation>No template yet: import one, or save a project as a template.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is now in your library.</source>
        <translation>The template &quot;%1&quot; is now in your library.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; was removed from your library.</source>
        <translation>The template &quot;%1&quot; was removed from your library.</translation>
    </message>
</context>
<context>
    <name>balise::ui::UncertaintyRunner</name>
    <message>
        <source>An analysis is already running.</source>
        <translation>An analysis is already running.</translation>
    </message>
</context>
<context>
    <name>balise::ui::UncertaintyView</name>
    <message>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <source>aggregation method</source>
        <translation>aggregation method</translation>
    </message>
    <message>
        <source>normalisation</source>
        <translation>normalisation</translation>
    </message>
    <message>
        <source>Draw the aggregation (arithmetic or geometric mean)</source>
        <translation>Draw the aggregation (arithmetic or geometric mean)</translation>
    </message>
    <message>
        <source>Draw the normalisation</source>
        <translation>Draw the normalisation</translation>
    </message>
    <message>
        <source>Sensitivity indices (Saltelli)</source>
        <translation>Sensitivity indices (Saltelli)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Replications:</source>
        <translation>&amp;Replications:</translation>
    </message>
    <message>
        <source>&amp;Weight noise:</source>
        <translation>&amp;Weight noise:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Rank (1 = best)</source>
        <translation>Rank (1 = best)</translation>
    </message>
    <message>
        <source>Results of %1, period %2: %3 replications.</source>
        <translation>Results of %1, period %2: %3 replications.</translation>
    </message>
    <message>
        <source>Cancelled: the previous results are still shown.</source>
        <translation>Cancelled: the previous results are still shown.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The project has changed since these results: run the analysis again to update them.</source>
        <translation>The project has changed since these results: run the analysis again to update them.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Period %1: %2 replications.</source>
        <translation>Period %1: %2 replications.</translation>
    </message>
    <message>
        <source>How much each uncertain input moves the ranking (first-order and total indices, 0 to 1):</source>
        <translation>How much each uncertain input moves the ranking (first-order and total indices, 0 to 1):</translation>
    </message>
    <message>
        <source>The ranking never moves: the indices are undefined.</source>
        <translation>The ranking never moves: the indices are undefined.</translation>
    </message>
    <message>
        <source>%1: %2 alone, %3 with its interactions</source>
        <translation>%1: %2 alone, %3 with its interactions</translation>
    </message>
    <message>
        <source>The ranking moved in only %1 of %2 samples: these indices are imprecise; raise the number of replications.</source>
        <translation>The ranking moved in only %1 of %2 samples: these indices are imprecise; raise the number of replications.</translation>
    </message>
    <message>
        <source>median rank</source>
        <translation>median rank</translation>
    </message>
    <message>
        <source>5–95 % interval</source>
        <translation>5–95 % interval</translation>
    </message>
    <message>
        <source>Rank intervals</source>
        <translation>Rank intervals</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Replications</translation>
    </message>
</context>
<context>
    <name>balise::ui::VadeMecumItemEditor</name>
    <message>
        <source>The territory&apos;s priority needs, domain by domain: the objectives of the framework should answer them.</source>
        <translation>The territory&apos;s priority needs, domain by domain: the objectives of the framework should answer them.</translation>
    </message>
    <message>
        <source>What the territory asks of every operator of a data service, whatever the service.</source>
        <translation>What the territory asks of every operator of a data service, whatever the service.</translation>
    </message>
    <message>
        <source>What to watch in every service: for its users, for public policy, for the local economy.</source>
        <translation>What to watch in every service: for its users, for public policy, for the local economy.</translation>
    </message>
    <message>
        <source>What the territory offers operators — introductions, a test ground, financial support, a label — and on what conditions.</source>
        <translation>What the territory offers operators — introductions, a test ground, financial support, a label — and on what conditions.</translation>
    </message>
    <message>
        <source>Anything else the territory wants to say: context, governance, calendar.</source>
        <translation>Anything else the territory wants to say: context, governance, calendar.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>One condition per line, e.g. &quot;share the usage data every quarter&quot;</source>
        <translation>One condition per line, e.g. &quot;share the usage data every quarter&quot;</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions:</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omain:</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Family:</translation>
    </message>
    <message>
        <source>&amp;Add: %1</source>
        <translation>&amp;Add: %1</translation>
    </message>
    <message>
        <source>&amp;Remove this item…</source>
        <translation>&amp;Remove this item…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot;? %n objective(s) or question(s) cite it and will lose that link. You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Remove &quot;%1&quot;? %n objective or question cites it and will lose that link. You can undo it with Ctrl+Z.</numerusform>
            <numerusform>Remove &quot;%1&quot;? %n objectives or questions cite it and will lose that link. You can undo it with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
</context>
<context>
    <name>balise::ui::WeightsDialog</name>
    <message>
        <source>Weights under %1</source>
        <translation>Weights under %1</translation>
    </message>
    <message>
        <source>Weights of the objectives</source>
        <translation>Weights of the objectives</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points out of 100</source>
        <translation>Points out of 100</translation>
    </message>
    <message>
        <source>Rank (1 = most important)</source>
        <translation>Rank (1 = most important)</translation>
    </message>
    <message>
        <source>Every child weighs the same.</source>
        <translation>Every child weighs the same.</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Equal</translation>
    </message>
    <message>
        <source>100-point budget</source>
        <translation>100-point budget</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Pairwise (AHP)</source>
        <translation>Pairwise (AHP)</translation>
    </message>
    <message>
        <source>Resulting share</source>
        <translation>Resulting share</translation>
    </message>
    <message>
        <source>Choose how to weigh; the shares below follow. Apply gives these weights to the children (Ctrl+Z undoes it).</source>
        <translation>Choose how to weigh; the shares below follow. Apply gives these weights to the children (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>How much more important the row&apos;s item is than the column&apos;s, on Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more; 1/3, 1/5… the other way round.</source>
        <translation>How much more important the row&apos;s item is than the column&apos;s, on Saaty&apos;s scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more; 1/3, 1/5… the other way round.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is not a number.</source>
        <translation>&quot;%1&quot; (%2) is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a judgement: write 1 to 9, or 1/2 to 1/9.</source>
        <translation>&quot;%1&quot; is not a judgement: write 1 to 9, or 1/2 to 1/9.</translation>
    </message>
    <message>
        <source>The judgement of %1 against %2 must lie between 1/9 and 9, with its mirror the reciprocal.</source>
        <translation>The judgement of %1 against %2 must lie between 1/9 and 9, with its mirror the reciprocal.</translation>
    </message>
    <message>
        <source>Consistency ratio %1 (acceptable up to 0.10).</source>
        <translation>Consistency ratio %1 (acceptable up to 0.10).</translation>
    </message>
    <message>
        <source>The least consistent judgement: %1 against %2 says %3, the others suggest about %4.</source>
        <translation>The least consistent judgement: %1 against %2 says %3, the others suggest about %4.</translation>
    </message>
    <message>
        <source>%1: a weight cannot be negative.</source>
        <translation>%1: a weight cannot be negative.</translation>
    </message>
    <message>
        <source>Every weight is zero: nothing would count.</source>
        <translation>Every weight is zero: nothing would count.</translation>
    </message>
    <message>
        <source>%1: the budget is shared in whole points.</source>
        <translation>%1: the budget is shared in whole points.</translation>
    </message>
    <message>
        <source>The points add up to %1, not 100.</source>
        <translation>The points add up to %1, not 100.</translation>
    </message>
    <message>
        <source>%1: ranks start at 1.</source>
        <translation>%1: ranks start at 1.</translation>
    </message>
    <message>
        <source>These values cannot be turned into weights.</source>
        <translation>These values cannot be turned into weights.</translation>
    </message>
    <message numerus="yes">
        <source>Weigh %n node(s)</source>
        <translation>
            <numerusform>Weigh %n node</numerusform>
            <numerusform>Weigh %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>One column per stakeholder: the points each gives to each child, on any scale. The group weight is the mean of their shares; the disagreement is how far they spread.</source>
        <translation>One column per stakeholder: the points each gives to each child, on any scale. The group weight is the mean of their shares; the disagreement is how far they spread.</translation>
    </message>
    <message>
        <source>Add a stakeholder</source>
        <translation>Add a stakeholder</translation>
    </message>
    <message>
        <source>Several stakeholders</source>
        <translation>Several stakeholders</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>Stakeholder %1</source>
        <translation>Stakeholder %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, %3) is not a number.</source>
        <translation>&quot;%1&quot; (%2, %3) is not a number.</translation>
    </message>
    <message>
        <source>%1 gives points that cannot be weights (negative, or all zero).</source>
        <translation>%1 gives points that cannot be weights (negative, or all zero).</translation>
    </message>
    <message>
        <source>A stakeholder</source>
        <translation>A stakeholder</translation>
    </message>
    <message>
        <source>Disagreement (σ/mean of the stakeholders&apos; shares): %1 on average, the most on %2 (%3).</source>
        <translation>Disagreement (σ/mean of the stakeholders&apos; shares): %1 on average, the most on %2 (%3).</translation>
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
        <translation>Evaluate and steer the urban data services of your territory: vade-mecum, evaluation framework, measurements per period, scores and comparisons.</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Open a project…</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Open the sample project</translation>
    </message>
    <message>
        <source>Val d&apos;Ardoise: three energy micro-grids evaluated on one framework (fictional territory, illustrative values).</source>
        <translation>Val d&apos;Ardoise: three energy micro-grids evaluated on one framework (fictional territory, illustrative values).</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>No project opened yet.</source>
        <translation>No project opened yet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>A new project can start from a framework CSV file (level, code, parent, name, weight…): New project offers to read one.</source>
        <translation>A new project can start from a framework CSV file (level, code, parent, name, weight…): New project offers to read one.</translation>
    </message>
</context>
</TS>
