//! Calendar arithmetic for resolved dates: days, weekdays, periods.

pub use framelens_model::framing::timeline::DatePrecision;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// Year.
    pub y: i32,
    /// Month 1–12.
    pub m: u32,
    /// Day 1–31.
    pub d: u32,
}

impl Ymd {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Ymd> {
        let mut it = s.split('-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        (it.next().is_none() && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Ymd {
            y,
            m,
            d,
        })
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days, inverted).
    pub fn days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y } as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `z` days after 1970-01-01.
    pub fn from_days(z: i64) -> Ymd {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Ymd { y, m, d }
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> i64 {
        (self.days() + 3).rem_euclid(7)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// A resolved date: its first day and precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct When {
    /// First day of the period.
    pub first: Ymd,
    /// Its precision.
    pub precision: DatePrecision,
}

impl When {
    /// The date as printed in JSON: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn label(self) -> String {
        match self.precision {
            DatePrecision::Day | DatePrecision::Week => self.first.iso(),
            DatePrecision::Month => format!("{:04}-{:02}", self.first.y, self.first.m),
            DatePrecision::Year => format!("{:04}", self.first.y),
        }
    }

    /// `YYYY-MM`, for comparing facts at month grain (None for a year).
    pub fn month_key(self) -> Option<String> {
        (self.precision != DatePrecision::Year)
            .then(|| format!("{:04}-{:02}", self.first.y, self.first.m))
    }
}
