#include "EtsModel.h"
