#pragma once

namespace balise::ui {

// Runs the workbench: `balise [PROJECT] [--screenshot OUT.png] [--view NAME]`. Creates the
// application object, so it is called at most once per process (app/main.cpp does, when the
// arguments are not a command-line subcommand). Returns the process's exit code: 0, 2 for a usage
// error, 3 when the project cannot be opened in --screenshot mode or the image cannot be written.
int runWorkbench(int argc, char** argv);

} // namespace balise::ui
