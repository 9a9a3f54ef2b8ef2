// The interface between the executable and the poppler library is its header
// (include/agendapack_vector.h): types, the list of functions and their table. SwiftPM
// needs a source file for a C target; this one compiles to nothing.
#include "agendapack_vector.h"
