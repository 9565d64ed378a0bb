//! A message at a position in one file: what every front end (Python, Go, Dockerfile, compose) reports
//! about its input, such as a syntax error or a construct it skipped. It becomes a [`Diagnostic`] (a warning
//! naming the file) once the caller knows the file's path.

use crate::Diagnostic;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based.
    pub line: u32,
    /// 1-based, in Unicode scalar values.
    pub column: u32,
    pub message: String,
}

impl Problem {
    /// The warning for this problem in the file `path`.
    pub fn at(&self, path: &str) -> Diagnostic {
        Diagnostic {
            path: path.to_string(),
            line: Some(self.line),
            column: Some(self.column),
            message: self.message.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_names_its_file_and_position() {
        let p = Problem {
            line: 3,
            column: 7,
            message: "unexpected indent".into(),
        };
        let expected = Diagnostic {
            path: "app/x.py".into(),
            line: Some(3),
            column: Some(7),
            message: "unexpected indent".into(),
        };
        assert_eq!(p.at("app/x.py"), expected);
    }
}
