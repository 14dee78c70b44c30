#include "TimeSeries.h"
