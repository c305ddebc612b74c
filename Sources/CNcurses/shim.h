// The ncursesw API as Swift can import it.
//
// SwiftPM drops the -D_XOPEN_SOURCE flags pkg-config gives, so ask for the wide-character
// API here. Function-like macros do not import into Swift: each one the adapter needs
// gets a static inline function below, named ppid_<macro>.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t ppid_a_normal(void) { return A_NORMAL; }
static inline attr_t ppid_a_bold(void) { return A_BOLD; }
static inline attr_t ppid_a_reverse(void) { return A_REVERSE; }
static inline attr_t ppid_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ppid_a_dim(void) { return A_DIM; }

/// The key code of function key n (KEY_F(n)).
static inline int ppid_key_f(int n) { return KEY_F(n); }

/// The number of colour pairs the terminal supports (the COLOR_PAIRS global).
static inline int ppid_color_pairs(void) { return COLOR_PAIRS; }

/// The standard screen of the current terminal (the stdscr global).
static inline WINDOW *ppid_stdscr(void) { return stdscr; }

/// The character set of the current locale, such as "UTF-8".
static inline const char *ppid_codeset(void) { return nl_langinfo(CODESET); }
