#include "CliContext.h"
