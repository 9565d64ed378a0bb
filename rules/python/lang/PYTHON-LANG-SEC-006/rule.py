from codepathfinder import calls, dynamic, Or
from codepathfinder.python_decorators import python_rule


@python_rule(
    id="PYTHON-LANG-SEC-006",
    name="Dangerous Annotations Usage",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-95",
    owasp="A03:2021",
    message="String annotations are evaluated with eval() for an object or type name only known at run time; if outside data can set those annotations, it runs as code. Resolve types through an explicit mapping, or only evaluate annotations of classes and functions defined in your code.",
)
def detect_annotation_evaluation():
    """Annotation evaluation (get_type_hints, get_annotations(eval_str=True), ForwardRef) on non-constant input."""
    return Or(
        # typing.get_type_hints(obj) evaluates every string annotation of obj (and its bases) with eval().
        calls("typing.get_type_hints", "typing_extensions.get_type_hints", match_position={0: dynamic()}),
        calls("typing.get_type_hints", "typing_extensions.get_type_hints", match_name={"obj": dynamic()}),
        # inspect/annotationlib.get_annotations only evaluate when asked to.
        calls(
            "inspect.get_annotations",
            "annotationlib.get_annotations",
            "typing_extensions.get_annotations",
            match_position={0: dynamic()},
            match_name={"eval_str": True},
        ),
        # A forward reference built from a run-time string is evaluated later by get_type_hints/_evaluate.
        calls("typing.ForwardRef", "typing_extensions.ForwardRef", "annotationlib.ForwardRef", match_position={0: dynamic()}),
        calls("typing.ForwardRef", "typing_extensions.ForwardRef", "annotationlib.ForwardRef", match_name={"arg": dynamic()}),
    )
