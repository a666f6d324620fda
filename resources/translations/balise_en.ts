<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutBox</name>
    <message>
        <source>Balise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbench to evaluate and steer the urban data services of a territory, following the method of the DataCités guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on Qt %1, SQLite %2 and QCustomPlot %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Balise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &quot;balise %1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of a wide file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what would change, without writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements: %1 added, %2 replaced, %3 unchanged, %4 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise what a Balise project holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vade-mecum: %1 needs, %2 principles, %3 fields of attention, %4 resources, %5 questions, %6 revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework: %1 objectives, %2 criteria, %3 indicators (%4 qualitative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements: %1 (%2 missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Balise project, empty or with the framework of a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework CSV (level,code,parent,name,weight,…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 objectives, %3 criteria, %4 indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a project: the file&apos;s integrity, then the framework. Exits with 1 when the framework has warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: integrity and references checked, no problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: </source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population of the territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of territory; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population must be a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import measurements from a CSV file, in long form (service, indicator, period, value) or wide form (service, then one column per indicator, with --period), or the description of data services (service, operator, domain, data_role, …). Nothing is written unless the whole file is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>create a project, empty or from a framework CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summarise what a project holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the file and the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import measurements from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: balise [PROJECT]            open the workbench (on PROJECT when given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       balise COMMAND [OPTIONS]    run a command without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 problems found, 2 usage error, 3 unreadable or invalid input (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;balise COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with PROJECT: save the window as OUT.png and quit (--view framework, services, periods, measurements, vademecum or impacts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is too large (%1): Balise reads CSV files of up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: the file is too large (%2); Balise reads CSV files of up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encoded in UTF-16; save it again as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (it may have been saved as Windows-1252 or Latin-1); save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds NUL characters: it is not CSV text (it may be a spreadsheet file or UTF-16 text); save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted cell; inside quotes, write a quote as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote that opens this cell is never closed; add the closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Metropolis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste and circular economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-oriented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions to local actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politically validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within a target band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted arithmetic mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted geometric mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data re-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal-data capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial and economic power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contesting the public actor&apos;s legitimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New representations of the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence from public resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkChecks</name>
    <message>
        <source>The framework is empty: add objectives, criteria and indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no indicator beneath it: it cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child of &quot;%1&quot; weighs zero: it cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 indicators (more than %3): readers will lose the thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective &quot;%1&quot; is not linked to any need, principle or field of the vade-mecum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; weighs zero: it does not count in the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no baseline or no target: it will be scored against the other services (min-max) instead of its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline and the target of &quot;%1&quot; are equal: distance to target cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; goes against its direction (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no measurement in any period.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkCsvReader</name>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as yyyy-MM-dd (for example 2030-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level is missing; write objective, criterion or indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level; write objective, criterion or indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns %1 only apply to indicators; they are ignored for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction; write higher, lower or band (or 1, -1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of indicator; write quantitative or qualitative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels only apply to qualitative indicators; set the kind to qualitative or leave the levels empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating of %1 is a whole number from 0 to 4, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent &quot;%1&quot; is not the code of any line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed under the indicator &quot;%2&quot;: indicators have no children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents form a loop (%1): one of these nodes must be top-level or hang under another node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming the columns level, code and name, then one line per objective, criterion or indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks the required column(s) %1; it needs level, code and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not one Balise knows; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no objective, criterion or indicator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkDetails</name>
    <message>
        <source>Need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels, worst to best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 0 at a distance of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red below %1, green from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red below %1, green from %2 (the project&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 expected (%3 services × %4 periods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives, criteria and indicators against which the data services are evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 qualitative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red below %1, amber, green from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readability limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicators per criterion, %2 in the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found in the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the framework (top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of its level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves in the vade-mecum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing under this node yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactAccountDetails</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs and benefits per unit of activity, split between society and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs and benefits per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net for society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volume yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorList</name>
    <message>
        <source>… and 1 more error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementCsvReader</name>
    <message>
        <source>The indicator code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the code of an indicator of the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator of the framework but an element of kind %2: it cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 cells but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of &quot;%2&quot;; write one of %3, or its number from 1 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement of &quot;%1&quot; for service &quot;%2&quot; in period &quot;%3&quot; already appears on line %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidence must lie between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column holds values but no indicator code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; already has column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming its columns, then one line per measurement or per service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header must either name the columns service, indicator, period and value, or start with service followed by one column per indicator code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no period column and no period was given for the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not one Balise knows; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has one column per indicator: give the period its values belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no measurement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelValidator</name>
    <message>
        <source>Every objective, criterion and indicator needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node &quot;%1&quot; needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent of &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed under the indicator &quot;%2&quot;: indicators have no children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has children and cannot become an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline, target, band and cost must be ordinary numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date comes before the baseline date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator with a target band needs the band&apos;s low and high bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low bound of the target band is above its high bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance at which the score falls to 0 must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualitative indicator needs at least two ordered levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every qualitative level needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score of level &quot;%1&quot; must lie between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels must be ordered from worst to best: &quot;%1&quot; scores below the level before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a score to every level or to none (even spacing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic-light thresholds must satisfy 0 ≤ red &lt; green ≤ 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating of %1 must lie between 0 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the start and the end of period &quot;%1&quot;, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &quot;%1&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of period &quot;%1&quot; are not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data service needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a data service named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown posture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destabilisation ratings lie between 0 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator: it cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence lies between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing measurement carries no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects one of its levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects an ordinary number, not infinity or NaN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum coverage lies between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readability thresholds must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a normalisation method for the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An impact account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount rate must lie between -100 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investment must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cost or benefit line needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value per unit of &quot;%1&quot; is not an ordinary number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes are numbers of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period has two volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who validated this revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when this revision was validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revision cannot be validated before it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice question needs at least two choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale&apos;s lowest value must be below its highest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of a question must be a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>&quot;%1&quot; uses a %2 as decimal mark but &quot;%3&quot; on line %4 uses a %5; use one decimal mark in the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary number; NaN and infinity cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number written with a %2 as decimal mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: numbers must lie between -10^15 and 10^15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDetails</name>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods in which measurements are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period yet. Importing measurements creates the periods they name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the indicators for each service and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values recorded as missing or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 already exists: choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Balise project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Balise project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Balise project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it is not a whole Balise project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not a Balise project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Balise (file format %2; this version reads up to %3). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: records refer to missing records in table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the table &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balise cannot write in the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in %2 (process %3 on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass the integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCsvReader</name>
    <message>
        <source>A services file starts with a column service, followed by columns such as operator, domain, data_role, population_reached, population_not_reached or postures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known: it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the service is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is already described on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain; write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role of data; write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a posture; write some of: %2, separated by |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating of %1 is a whole number from 0 to 4, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDetails</name>
    <message>
        <source>Data services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urban data services evaluated on the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data service yet. Importing measurements creates the services they name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posture chosen for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destabilisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to the operator questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(question removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The project file is damaged: unknown %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is damaged: its project record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is damaged: its framework loops back on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file refused a change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the project to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file does not have the expected structure: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file refused a value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the project file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is read-only: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing the project file: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be updated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node&apos;s parent is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator has children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s creation date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vade-mecum revision %1 is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight is not a number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measurement refers to a missing indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VadeMecumDetails</name>
    <message>
        <source>In the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objective of the framework refers to it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vade-mecum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory&apos;s stance towards digital innovation and data services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision recorded: the vade-mecum is a working draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postures of the public actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posture stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions of the vade-mecum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource offered to operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture of the public actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section of the vade-mecum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section of the operator questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question in this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision of the vade-mecum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Balise workbench: evaluate and steer urban data services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project to open (.balise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG image and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the project to show first: framework (default), services, periods, measurements, vademecum or impacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use framework, services, periods, measurements, vademecum or impacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balise::Project</name>
    <message>
        <source>The project is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each posture can be described once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question refers to a need that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question refers to an objective that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a parent &quot;%2&quot; that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This objective, criterion or indicator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has measurements: remove them before changing what kind of node it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data service no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer refers to a question that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported row refers to an indicator that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This impact account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has measurements at the level &quot;%2&quot;: it cannot be renamed, moved or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balise::ui::ItemDetailsView</name>
    <message>
        <source>Not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balise::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Balise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balise projects (*.balise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Balise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Balise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives: %1 · Indicators: %2 · Services: %3 · Periods: %4 · Values: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectDocument</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balise::ui::ProjectTreeModel</name>
    <message>
        <source>Vade-mecum (%1, %2)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources offered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free sections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator questionnaire (%1)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework (%1, %2)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data services (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>balise::ui::WelcomePage</name>
    <message>
        <source>Balise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate and steer the urban data services of your territory: vade-mecum, evaluation framework, measurements per period, scores and comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val d&apos;Ardoise: three energy micro-grids evaluated on one framework (fictional territory, illustrative values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create a project from a framework file, run:
balise new PROJECT.balise --framework FRAMEWORK.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
