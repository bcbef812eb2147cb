//! Entry point of the browser app.

fn main() {
    bulletin_board::start();
}
