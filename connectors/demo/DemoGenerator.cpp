#include "DemoGenerator.h"
