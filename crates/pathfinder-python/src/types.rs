//! A small, offline model of library types: what common factories return and the parameter names of
//! calls whose arguments rules inspect. Data, not logic: extend the tables, not the resolver.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// A statically known type: a class, or a tuple of types (`multiprocessing.Pipe()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    Class(String),
    Tuple(Vec<Ty>),
}

/// (callable fqn, returned type). A tuple type is written `(A, B)`.
const RETURNS: &[(&str, &str)] = &[
    // pathlib: derived paths are paths (so their methods resolve as path methods)
    ("pathlib.Path.joinpath", "pathlib.Path"),
    ("pathlib.Path.resolve", "pathlib.Path"),
    ("pathlib.Path.absolute", "pathlib.Path"),
    ("pathlib.Path.with_name", "pathlib.Path"),
    ("pathlib.Path.with_suffix", "pathlib.Path"),
    ("pathlib.Path.expanduser", "pathlib.Path"),
    // sockets and servers (classes with lowercase names are listed so calling them yields an instance)
    ("socket.socket", "socket.socket"),
    ("socket.SocketType", "socket.socket"),
    ("socket.create_connection", "socket.socket"),
    ("socket.create_server", "socket.socket"),
    ("socket.fromfd", "socket.socket"),
    ("socket.socketpair", "(socket.socket, socket.socket)"),
    ("socket.socket.accept", "(socket.socket, builtins.tuple)"),
    ("socket.socket.dup", "socket.socket"),
    ("ssl.wrap_socket", "ssl.SSLSocket"),
    ("ssl.create_default_context", "ssl.SSLContext"),
    ("ssl.SSLContext.wrap_socket", "ssl.SSLSocket"),
    // multiprocessing
    (
        "multiprocessing.Pipe",
        "(multiprocessing.connection.Connection, multiprocessing.connection.Connection)",
    ),
    (
        "multiprocessing.connection.Pipe",
        "(multiprocessing.connection.Connection, multiprocessing.connection.Connection)",
    ),
    (
        "multiprocessing.connection.Client",
        "multiprocessing.connection.Connection",
    ),
    (
        "multiprocessing.connection.Listener.accept",
        "multiprocessing.connection.Connection",
    ),
    // databases
    ("sqlite3.connect", "sqlite3.Connection"),
    ("sqlite3.Connection.cursor", "sqlite3.Cursor"),
    ("sqlite3.Connection.execute", "sqlite3.Cursor"),
    ("psycopg2.connect", "psycopg2.extensions.connection"),
    (
        "psycopg2.extensions.connection.cursor",
        "psycopg2.extensions.cursor",
    ),
    ("pymysql.connect", "pymysql.connections.Connection"),
    (
        "pymysql.connections.Connection.cursor",
        "pymysql.cursors.Cursor",
    ),
    ("MySQLdb.connect", "MySQLdb.connections.Connection"),
    (
        "MySQLdb.connections.Connection.cursor",
        "MySQLdb.cursors.Cursor",
    ),
    (
        "mysql.connector.connect",
        "mysql.connector.connection.MySQLConnection",
    ),
    (
        "mysql.connector.connection.MySQLConnection.cursor",
        "mysql.connector.cursor.MySQLCursor",
    ),
    ("pymssql.connect", "pymssql.Connection"),
    ("pymssql.Connection.cursor", "pymssql.Cursor"),
    ("asyncpg.connect", "asyncpg.Connection"),
    ("asyncpg.create_pool", "asyncpg.pool.Pool"),
    ("asyncpg.pool.Pool.acquire", "asyncpg.Connection"),
    ("aiopg.connect", "aiopg.Connection"),
    ("aiopg.Connection.cursor", "aiopg.Cursor"),
    ("pg8000.connect", "pg8000.Connection"),
    ("pg8000.Connection.cursor", "pg8000.Cursor"),
    ("pg8000.dbapi.connect", "pg8000.Connection"),
    ("sqlalchemy.create_engine", "sqlalchemy.engine.Engine"),
    (
        "sqlalchemy.engine.Engine.connect",
        "sqlalchemy.engine.Connection",
    ),
    ("sqlalchemy.orm.sessionmaker", "sqlalchemy.orm.sessionmaker"),
    (
        "sqlalchemy.orm.sessionmaker.__call__",
        "sqlalchemy.orm.Session",
    ),
    // network clients
    ("paramiko.SSHClient", "paramiko.SSHClient"),
    ("paramiko.client.SSHClient", "paramiko.SSHClient"),
    ("requests.Session", "requests.Session"),
    ("requests.session", "requests.Session"),
    ("http.client.HTTPConnection", "http.client.HTTPConnection"),
    ("ftplib.FTP", "ftplib.FTP"),
    ("telnetlib.Telnet", "telnetlib.Telnet"),
    (
        "urllib.request.build_opener",
        "urllib.request.OpenerDirector",
    ),
    // serialisation and text
    ("pickle.Unpickler", "pickle.Unpickler"),
    ("csv.writer", "csv.writer"),
    ("csv.DictWriter", "csv.DictWriter"),
    ("ruamel.yaml.YAML", "ruamel.yaml.YAML"),
    ("jinja2.Environment", "jinja2.Environment"),
    // XML trees (XPath and ElementPath queries) and LDAP connections
    (
        "xml.etree.ElementTree.parse",
        "xml.etree.ElementTree.ElementTree",
    ),
    (
        "xml.etree.ElementTree.fromstring",
        "xml.etree.ElementTree.Element",
    ),
    ("xml.etree.ElementTree.XML", "xml.etree.ElementTree.Element"),
    (
        "xml.etree.ElementTree.ElementTree.getroot",
        "xml.etree.ElementTree.Element",
    ),
    ("lxml.etree.parse", "lxml.etree._ElementTree"),
    ("lxml.etree.fromstring", "lxml.etree._Element"),
    ("lxml.etree.XML", "lxml.etree._Element"),
    ("lxml.etree._ElementTree.getroot", "lxml.etree._Element"),
    ("ldap.initialize", "ldap.ldapobject.LDAPObject"),
    ("re.compile", "re.Pattern"),
    ("logging.getLogger", "logging.Logger"),
    ("hashlib.md5", "hashlib._Hash"),
    ("hashlib.sha1", "hashlib._Hash"),
    ("hashlib.new", "hashlib._Hash"),
    ("builtins.open", "io.TextIOWrapper"),
    ("io.open", "io.TextIOWrapper"),
    ("flask.Flask", "flask.Flask"),
    ("boto3.client", "botocore.client.BaseClient"),
    ("boto3.resource", "boto3.resources.base.ServiceResource"),
];

/// `subprocess.Popen` and the helpers that forward to it share its leading parameters.
const POPEN_ARGS: &[&str] = &[
    "args",
    "bufsize",
    "executable",
    "stdin",
    "stdout",
    "stderr",
    "preexec_fn",
    "close_fds",
    "shell",
];

/// Parameter names by position, for matching a keyword constraint against a positional argument.
const SIGNATURES: &[(&str, &[&str])] = &[
    ("socket.socket.bind", &["address"]),
    (
        "socket.create_server",
        &[
            "address",
            "family",
            "backlog",
            "reuse_port",
            "dualstack_ipv6",
        ],
    ),
    ("subprocess.run", POPEN_ARGS),
    ("subprocess.call", POPEN_ARGS),
    ("subprocess.check_call", POPEN_ARGS),
    ("subprocess.check_output", POPEN_ARGS),
    ("subprocess.Popen", POPEN_ARGS),
    ("subprocess.getoutput", &["cmd"]),
    ("subprocess.getstatusoutput", &["cmd"]),
    ("os.system", &["command"]),
    ("os.popen", &["cmd", "mode", "buffering"]),
    ("os.chmod", &["path", "mode"]),
    ("os.fchmod", &["fd", "mode"]),
    ("os.lchmod", &["path", "mode"]),
    (
        "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key",
        &["public_exponent", "key_size", "backend"],
    ),
    (
        "cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key",
        &["key_size", "backend"],
    ),
    ("Crypto.PublicKey.RSA.generate", &["bits", "randfunc", "e"]),
    (
        "Crypto.PublicKey.DSA.generate",
        &["bits", "randfunc", "domain"],
    ),
    (
        "Cryptodome.PublicKey.RSA.generate",
        &["bits", "randfunc", "e"],
    ),
    (
        "Cryptodome.PublicKey.DSA.generate",
        &["bits", "randfunc", "domain"],
    ),
    (
        "cryptography.hazmat.primitives.asymmetric.dsa.generate_parameters",
        &["key_size", "backend"],
    ),
    ("yaml.load", &["stream", "Loader"]),
    ("yaml.load_all", &["stream", "Loader"]),
    (
        "urllib.request.urlretrieve",
        &["url", "filename", "reporthook", "data"],
    ),
    (
        "urllib.request.OpenerDirector.open",
        &["fullurl", "data", "timeout"],
    ),
    ("http.client.HTTPConnection", &["host", "port", "timeout"]),
    ("ftplib.FTP", &["host", "user", "passwd", "acct", "timeout"]),
    ("telnetlib.Telnet", &["host", "port", "timeout"]),
    (
        "ssl.get_server_certificate",
        &["addr", "ssl_version", "ca_certs"],
    ),
    ("OpenSSL.SSL.Context", &["method"]),
    ("hashlib.new", &["name", "data"]),
    ("ssl.SSLContext", &["protocol"]),
    (
        "ssl.wrap_socket",
        &[
            "sock",
            "keyfile",
            "certfile",
            "server_side",
            "cert_reqs",
            "ssl_version",
        ],
    ),
    ("requests.get", &["url", "params"]),
    ("requests.post", &["url", "data", "json"]),
    ("requests.put", &["url", "data"]),
    ("requests.patch", &["url", "data"]),
    ("requests.delete", &["url"]),
    ("requests.head", &["url"]),
    ("requests.options", &["url"]),
    ("requests.request", &["method", "url"]),
    ("urllib.request.urlopen", &["url", "data", "timeout"]),
    ("urllib.request.Request", &["url", "data", "headers"]),
    ("flask.Flask.run", &["host", "port", "debug", "load_dotenv"]),
    (
        "jwt.encode",
        &["payload", "key", "algorithm", "headers", "json_encoder"],
    ),
    ("jwt.decode", &["jwt", "key", "algorithms", "options"]),
    (
        "paramiko.SSHClient.exec_command",
        &["command", "bufsize", "timeout", "get_pty", "environment"],
    ),
    (
        "paramiko.SSHClient.set_missing_host_key_policy",
        &["policy"],
    ),
    (
        "wsgiref.simple_server.make_server",
        &["host", "port", "app"],
    ),
    (
        "http.server.HTTPServer",
        &["server_address", "RequestHandlerClass"],
    ),
    (
        "socketserver.TCPServer",
        &["server_address", "RequestHandlerClass"],
    ),
    ("tempfile.mktemp", &["suffix", "prefix", "dir"]),
    ("re.compile", &["pattern", "flags"]),
    ("re.match", &["pattern", "string", "flags"]),
    ("re.search", &["pattern", "string", "flags"]),
    ("re.findall", &["pattern", "string", "flags"]),
    ("re.fullmatch", &["pattern", "string", "flags"]),
    ("re.sub", &["pattern", "repl", "string", "count", "flags"]),
];

pub fn parse_ty(text: &str) -> Ty {
    let t = text.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        return Ty::Tuple(inner.split(',').map(parse_ty).collect());
    }
    Ty::Class(t.to_string())
}

// Both tables are consulted for most call sites and argument constraints: index them once.
fn returns_index() -> &'static FxHashMap<&'static str, &'static str> {
    static INDEX: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    INDEX.get_or_init(|| RETURNS.iter().copied().collect())
}

fn signatures_index() -> &'static FxHashMap<&'static str, &'static [&'static str]> {
    static INDEX: OnceLock<FxHashMap<&'static str, &'static [&'static str]>> = OnceLock::new();
    INDEX.get_or_init(|| SIGNATURES.iter().copied().collect())
}

/// The known return type of calling `fqn`, if the table has it.
pub fn return_type(fqn: &str) -> Option<Ty> {
    returns_index().get(fqn).map(|ty| parse_ty(ty))
}

/// Functions whose known signature has a parameter called `name`.
pub fn functions_with_parameter(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    SIGNATURES
        .iter()
        .filter(move |(_, params)| params.contains(&name))
        .map(|(f, _)| *f)
}

/// Positional parameter names of `fqn`, if known.
pub fn parameters(fqn: &str) -> Option<&'static [&'static str]> {
    signatures_index().get(fqn).copied()
}

/// Python's builtin callables and names; a bare call to one of these (not rebound) resolves to `builtins.X`.
pub const BUILTINS: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "__import__",
];

pub fn is_builtin(name: &str) -> bool {
    static INDEX: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| BUILTINS.iter().copied().collect())
        .contains(name)
}

#[cfg(test)]
#[allow(clippy::items_after_test_module)] // the constant table below is appended by its own change; no reshuffle
mod tests {
    use super::*;

    #[test]
    fn tuple_types_parse() {
        assert_eq!(
            return_type("multiprocessing.Pipe"),
            Some(Ty::Tuple(vec![
                Ty::Class("multiprocessing.connection.Connection".into()),
                Ty::Class("multiprocessing.connection.Connection".into())
            ]))
        );
        assert_eq!(return_type("nope"), None);
        assert_eq!(parameters("os.system"), Some(&["command"][..]));
    }
}

/// Integer values of library constants that code combines with arithmetic (permission bits).
const INT_CONSTANTS: &[(&str, i128)] = &[
    ("stat.S_ISUID", 0o4000),
    ("stat.S_ISGID", 0o2000),
    ("stat.S_ISVTX", 0o1000),
    ("stat.S_IRWXU", 0o700),
    ("stat.S_IRUSR", 0o400),
    ("stat.S_IWUSR", 0o200),
    ("stat.S_IXUSR", 0o100),
    ("stat.S_IRWXG", 0o70),
    ("stat.S_IRGRP", 0o40),
    ("stat.S_IWGRP", 0o20),
    ("stat.S_IXGRP", 0o10),
    ("stat.S_IRWXO", 0o7),
    ("stat.S_IROTH", 0o4),
    ("stat.S_IWOTH", 0o2),
    ("stat.S_IXOTH", 0o1),
    ("stat.S_IREAD", 0o400),
    ("stat.S_IWRITE", 0o200),
    ("stat.S_IEXEC", 0o100),
];

/// The integer value of a library constant (`stat.S_IWOTH` → 2), when it is one the table knows.
pub fn int_constant(fqn: &str) -> Option<i128> {
    INT_CONSTANTS
        .iter()
        .find(|(name, _)| *name == fqn)
        .map(|(_, v)| *v)
}
