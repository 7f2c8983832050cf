//! Placing dated items on a time axis: day numbers, positions, lanes for items too close to
//! share a line, and month ticks. Plain Rust, tested natively.

use crate::format::Published;

/// Days since 1970-01-01 for a valid `YYYY-MM-DD` date (proleptic Gregorian).
pub fn day_number(iso: &str) -> Option<i64> {
    Published::from_field(Some(iso)).iso()?;
    let y: i64 = iso[0..4].parse().ok()?;
    let m: i64 = iso[5..7].parse().ok()?;
    let d: i64 = iso[8..10].parse().ok()?;
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// One item on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The caller's key for the item.
    pub key: usize,
    /// Position from 0 (earliest) to 1 (latest); 0.5 when all items share one day.
    pub x: f64,
    /// Row, 0 first; items closer than the minimum gap go to the next free row.
    pub lane: usize,
}

/// A tick on the axis: the first day of a month.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position from 0 to 1.
    pub x: f64,
    /// "Apr 2025".
    pub label: String,
}

const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Places `(key, iso date)` items; invalid dates are skipped. `min_gap` is the smallest
/// distance (0–1) between two items on one lane.
pub fn place(items: &[(usize, &str)], min_gap: f64) -> Vec<Placed> {
    let mut dated: Vec<(usize, i64)> = items
        .iter()
        .filter_map(|&(k, d)| day_number(d).map(|n| (k, n)))
        .collect();
    crate::sort::sort_by_key(&mut dated, |&(k, n)| crate::sort::nums(n, k as i64));
    let (Some(first), Some(last)) = (dated.first(), dated.last()) else {
        return Vec::new();
    };
    let (lo, hi) = (first.1, last.1);
    let mut lane_ends: Vec<f64> = Vec::new();
    dated
        .iter()
        .map(|&(key, n)| {
            let x = if hi == lo {
                0.5
            } else {
                (n - lo) as f64 / (hi - lo) as f64
            };
            let lane = match lane_ends.iter().position(|&end| x - end >= min_gap) {
                Some(l) => l,
                None => {
                    lane_ends.push(f64::NEG_INFINITY);
                    lane_ends.len() - 1
                }
            };
            lane_ends[lane] = x;
            Placed { key, x, lane }
        })
        .collect()
}

/// Month ticks between the earliest and latest date, at most `max` of them (every n-th month).
pub fn month_ticks(first: &str, last: &str, max: usize) -> Vec<Tick> {
    let (Some(lo), Some(hi)) = (day_number(first), day_number(last)) else {
        return Vec::new();
    };
    if hi <= lo || max == 0 {
        return Vec::new();
    }
    let (mut y, mut m): (i64, i64) = (
        first[0..4].parse().unwrap_or(0),
        first[5..7].parse().unwrap_or(1),
    );
    let mut months = Vec::new();
    loop {
        // The first of the next month.
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
        let iso = format!("{y:04}-{m:02}-01");
        match day_number(&iso) {
            Some(n) if n <= hi => months.push((n, y, m)),
            _ => break,
        }
    }
    let step = months.len().div_ceil(max).max(1);
    months
        .into_iter()
        .step_by(step)
        .map(|(n, y, m)| Tick {
            x: (n - lo) as f64 / (hi - lo) as f64,
            label: format!("{} {y}", SHORT_MONTHS[(m - 1) as usize]),
        })
        .collect()
}

/// Ticks for an axis from `first` to `last`: month starts, or — when the span holds none —
/// its two end days ("12 Jun 2025").
pub fn ticks(first: &str, last: &str, max: usize) -> Vec<Tick> {
    let months = month_ticks(first, last, max);
    if !months.is_empty() || first == last {
        return months;
    }
    let day = |iso: &str, x: f64| {
        let m: usize = iso[5..7].parse().unwrap_or(1);
        let d: u32 = iso[8..10].parse().unwrap_or(1);
        Tick {
            x,
            label: format!("{d} {} {}", SHORT_MONTHS[m.clamp(1, 12) - 1], &iso[0..4]),
        }
    };
    match (day_number(first), day_number(last)) {
        (Some(_), Some(_)) => vec![day(first, 0.0), day(last, 1.0)],
        _ => Vec::new(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_from_the_epoch() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(
            day_number("2026-01-15").unwrap() - day_number("2025-04-08").unwrap(),
            282
        );
        assert_eq!(day_number("2025-02-29"), None);
        assert_eq!(day_number("soon"), None);
    }

    #[test]
    fn items_spread_over_the_range_and_close_ones_change_lane() {
        let placed = place(
            &[
                (0, "2026-01-15"),
                (1, "2025-04-08"),
                (2, "2025-04-09"),
                (3, "undated"),
                (4, "2025-04-08"),
            ],
            0.05,
        );
        let keys: Vec<(usize, usize)> = placed.iter().map(|p| (p.key, p.lane)).collect();
        assert_eq!(keys, [(1, 0), (4, 1), (2, 2), (0, 0)]);
        assert_eq!(placed[0].x, 0.0);
        assert_eq!(placed[3].x, 1.0);
    }

    #[test]
    fn a_short_span_is_marked_by_its_ends() {
        let t = ticks("2025-06-12", "2025-06-14", 6);
        let labels: Vec<(f64, &str)> = t.iter().map(|t| (t.x, t.label.as_str())).collect();
        assert_eq!(labels, [(0.0, "12 Jun 2025"), (1.0, "14 Jun 2025")]);
        assert!(ticks("2025-06-12", "2025-06-12", 6).is_empty());
        assert_eq!(ticks("2025-04-08", "2026-01-15", 5).len(), 5);
    }

    #[test]
    fn one_day_sits_in_the_middle() {
        let placed = place(&[(7, "2025-04-08")], 0.05);
        assert_eq!(
            placed,
            [Placed {
                key: 7,
                x: 0.5,
                lane: 0
            }]
        );
        assert!(place(&[], 0.1).is_empty());
    }

    #[test]
    fn ticks_mark_month_starts_thinned_to_max() {
        let ticks = month_ticks("2025-04-08", "2026-01-15", 5);
        let labels: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(
            labels,
            ["May 2025", "Jul 2025", "Sep 2025", "Nov 2025", "Jan 2026"]
        );
        assert!(ticks.iter().all(|t| (0.0..=1.0).contains(&t.x)));
        assert!(month_ticks("2025-04-08", "2025-04-08", 5).is_empty());
    }
}
