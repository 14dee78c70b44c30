#include "AnalogueModel.h"
