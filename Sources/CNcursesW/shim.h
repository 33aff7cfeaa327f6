#ifndef JOLKARTA_NCURSES_SHIM_H
#define JOLKARTA_NCURSES_SHIM_H
// The wide-character API is hidden unless this is set before <ncurses.h>.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/ncurses.h>
#include <wchar.h>

// Macros and globals that Swift cannot import (or cannot touch in Swift 6 mode).
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline attr_t nc_a_color_mask(void) { return A_COLOR; }
static inline int nc_key_f(int n) { return KEY_F(n); }
static inline mmask_t nc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t nc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t nc_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t nc_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t nc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t nc_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t nc_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t nc_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline const char *nc_codeset(void) { return nl_langinfo(CODESET); }
// The terminfo capability `cup` (cursor_address) of the current terminal, or NULL.
static inline int nc_has_cursor_address(void) {
  const char *s = tigetstr("cup");
  return s != NULL && s != (char *)-1 && *s != 0;
}
// Whether terminfo calls the current terminal hardcopy or generic (like "dumb").
static inline int nc_is_hardcopy_or_generic(void) {
  return tigetflag("hc") > 0 || tigetflag("gn") > 0;
}
// The C library's stdout/stdin streams, which Swift 6 cannot touch as globals.
static inline FILE *nc_stdout(void) { return stdout; }
static inline FILE *nc_stdin(void) { return stdin; }
extern int wcwidth(wchar_t c);
// From <term.h>, which is not included because its macros (lines, columns, …) clash.
extern int setupterm(const char *term, int fd, int *status);
#endif
