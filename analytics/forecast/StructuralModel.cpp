#include "StructuralModel.h"
