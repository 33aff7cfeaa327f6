#ifndef JOLKARTA_XLSXWRITER_SHIM_H
#define JOLKARTA_XLSXWRITER_SHIM_H
// libxlsxwriter, Debian's libxlsxwriter-dev (installed by `make deps`): the xlsx files of
// `export --format xlsx` and `report --format xlsx` are written by a real library, whose
// ZIP, shared strings and styles Excel and LibreOffice are known to open.
#include <xlsxwriter.h>
#endif
