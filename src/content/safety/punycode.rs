//! Punycode (RFC 3492): the ASCII form a browser shows for a domain written in other letters, so
//! that the checker can tell an author exactly what to write instead of `بنك.example`.

const BASE: u64 = 36;
const T_MIN: u64 = 1;
const T_MAX: u64 = 26;
const SKEW: u64 = 38;
const DAMP: u64 = 700;

fn adapt(delta: u64, points: u64, first: bool) -> u64 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn digit(d: u64) -> char {
    // Both arms stay in ASCII: d is below 36.
    let d = d as u8;
    char::from(if d < 26 { b'a' + d } else { b'0' + d - 26 })
}

/// One label in punycode, without the `xn--` prefix.
fn encode(label: &str) -> String {
    let input: Vec<u64> = label.chars().map(|c| u64::from(u32::from(c))).collect();
    let mut out: String = label.chars().filter(char::is_ascii).collect();
    let basic = out.len() as u64;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (128, 0, 72, basic);
    while (handled as usize) < input.len() {
        let Some(&m) = input.iter().filter(|&&c| c >= n).min() else {
            break;
        };
        delta += (m - n) * (handled + 1);
        n = m;
        for &c in &input {
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

/// A host with each label that is not ASCII lowercased and written as `xn--` punycode.
pub fn to_ascii_host(host: &str) -> String {
    host.split('.')
        .map(|label| {
            if label.is_ascii() {
                label.to_ascii_lowercase()
            } else {
                format!("xn--{}", encode(&label.to_lowercase()))
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_written_as_browsers_show_them() {
        // Values from Python's "idna" codec and RFC 3492's own examples.
        assert_eq!(to_ascii_host("بنك.example"), "xn--ngb8ci.example");
        assert_eq!(to_ascii_host("موقع.مصر"), "xn--4gbrim.xn--wgbh1c");
        assert_eq!(to_ascii_host("аdharbor.example"), "xn--dharbor-1fg.example");
        assert_eq!(to_ascii_host("Bücher.example"), "xn--bcher-kva.example");
        assert_eq!(
            to_ascii_host("mail.MÜNCHEN.test"),
            "mail.xn--mnchen-3ya.test"
        );
        assert_eq!(encode("ü"), "tda");
    }
}
