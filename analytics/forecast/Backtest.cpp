#include "Backtest.h"
