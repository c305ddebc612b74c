// libxlsxwriter (Debian's libxlsxwriter-dev) as Swift can import it.
#include <xlsxwriter.h>
