from codepathfinder import And, Or, QueryType, variable
from codepathfinder.go_decorators import go_rule


class GoGRPC(QueryType):
    """grpc-go's package functions (dial options are package functions of google.golang.org/grpc)."""

    fqns = ["google.golang.org/grpc"]
    match_subclasses = False


@go_rule(
    id="GO-NET-002",
    name="gRPC Client Without TLS",
    severity="HIGH",
    category="network",
    cwe="CWE-319",
    owasp="A02:2021",
    message="This gRPC client connection is dialled without transport security, so its calls, metadata and credentials cross the network in cleartext. Dial with grpc.WithTransportCredentials(credentials.NewTLS(cfg)) (or credentials.NewClientTLSFromCert).",
)
def detect_go_grpc_insecure_client():
    """Client dial options that turn TLS off: grpc.WithInsecure() and
    grpc.WithTransportCredentials(insecure.NewCredentials()), wherever the option list is built."""
    return Or(
        GoGRPC.method("WithInsecure"),
        # The credentials may be passed inline or through a variable that holds insecure.NewCredentials().
        And(
            GoGRPC.method("WithTransportCredentials"),
            variable("google.golang.org/grpc/credentials/insecure.NewCredentials"),
        ),
    )
