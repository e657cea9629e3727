// Reads what the projection needs from the store, so that forecast stays pure functions
// of plain values.
#pragma once

#include "forecast/projection.h"

class Store;

ProjectionInput readProjectionInput(const Store &store);
