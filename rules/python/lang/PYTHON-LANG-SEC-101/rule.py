from codepathfinder import calls, Or, And, Not
from codepathfinder.python_decorators import python_rule

# Permission modes that let the group or other users write (mode & 0o022 != 0): every mode up to 0o777, plus
# the usual forms with setuid/setgid/sticky bits. Generated; a value-based list, so 0o777, 511 and a constant
# bound to either all match. Single stat constants that grant such a write bit are listed by name.
WRITABLE_MODES = [
    0o002, 0o003, 0o006, 0o007, 0o012, 0o013, 0o016, 0o017, 0o020, 0o021, 0o022, 0o023,
    0o024, 0o025, 0o026, 0o027, 0o030, 0o031, 0o032, 0o033, 0o034, 0o035, 0o036, 0o037,
    0o042, 0o043, 0o046, 0o047, 0o052, 0o053, 0o056, 0o057, 0o060, 0o061, 0o062, 0o063,
    0o064, 0o065, 0o066, 0o067, 0o070, 0o071, 0o072, 0o073, 0o074, 0o075, 0o076, 0o077,
    0o102, 0o103, 0o106, 0o107, 0o112, 0o113, 0o116, 0o117, 0o120, 0o121, 0o122, 0o123,
    0o124, 0o125, 0o126, 0o127, 0o130, 0o131, 0o132, 0o133, 0o134, 0o135, 0o136, 0o137,
    0o142, 0o143, 0o146, 0o147, 0o152, 0o153, 0o156, 0o157, 0o160, 0o161, 0o162, 0o163,
    0o164, 0o165, 0o166, 0o167, 0o170, 0o171, 0o172, 0o173, 0o174, 0o175, 0o176, 0o177,
    0o202, 0o203, 0o206, 0o207, 0o212, 0o213, 0o216, 0o217, 0o220, 0o221, 0o222, 0o223,
    0o224, 0o225, 0o226, 0o227, 0o230, 0o231, 0o232, 0o233, 0o234, 0o235, 0o236, 0o237,
    0o242, 0o243, 0o246, 0o247, 0o252, 0o253, 0o256, 0o257, 0o260, 0o261, 0o262, 0o263,
    0o264, 0o265, 0o266, 0o267, 0o270, 0o271, 0o272, 0o273, 0o274, 0o275, 0o276, 0o277,
    0o302, 0o303, 0o306, 0o307, 0o312, 0o313, 0o316, 0o317, 0o320, 0o321, 0o322, 0o323,
    0o324, 0o325, 0o326, 0o327, 0o330, 0o331, 0o332, 0o333, 0o334, 0o335, 0o336, 0o337,
    0o342, 0o343, 0o346, 0o347, 0o352, 0o353, 0o356, 0o357, 0o360, 0o361, 0o362, 0o363,
    0o364, 0o365, 0o366, 0o367, 0o370, 0o371, 0o372, 0o373, 0o374, 0o375, 0o376, 0o377,
    0o402, 0o403, 0o406, 0o407, 0o412, 0o413, 0o416, 0o417, 0o420, 0o421, 0o422, 0o423,
    0o424, 0o425, 0o426, 0o427, 0o430, 0o431, 0o432, 0o433, 0o434, 0o435, 0o436, 0o437,
    0o442, 0o443, 0o446, 0o447, 0o452, 0o453, 0o456, 0o457, 0o460, 0o461, 0o462, 0o463,
    0o464, 0o465, 0o466, 0o467, 0o470, 0o471, 0o472, 0o473, 0o474, 0o475, 0o476, 0o477,
    0o502, 0o503, 0o506, 0o507, 0o512, 0o513, 0o516, 0o517, 0o520, 0o521, 0o522, 0o523,
    0o524, 0o525, 0o526, 0o527, 0o530, 0o531, 0o532, 0o533, 0o534, 0o535, 0o536, 0o537,
    0o542, 0o543, 0o546, 0o547, 0o552, 0o553, 0o556, 0o557, 0o560, 0o561, 0o562, 0o563,
    0o564, 0o565, 0o566, 0o567, 0o570, 0o571, 0o572, 0o573, 0o574, 0o575, 0o576, 0o577,
    0o602, 0o603, 0o606, 0o607, 0o612, 0o613, 0o616, 0o617, 0o620, 0o621, 0o622, 0o623,
    0o624, 0o625, 0o626, 0o627, 0o630, 0o631, 0o632, 0o633, 0o634, 0o635, 0o636, 0o637,
    0o642, 0o643, 0o646, 0o647, 0o652, 0o653, 0o656, 0o657, 0o660, 0o661, 0o662, 0o663,
    0o664, 0o665, 0o666, 0o667, 0o670, 0o671, 0o672, 0o673, 0o674, 0o675, 0o676, 0o677,
    0o702, 0o703, 0o706, 0o707, 0o712, 0o713, 0o716, 0o717, 0o720, 0o721, 0o722, 0o723,
    0o724, 0o725, 0o726, 0o727, 0o730, 0o731, 0o732, 0o733, 0o734, 0o735, 0o736, 0o737,
    0o742, 0o743, 0o746, 0o747, 0o752, 0o753, 0o756, 0o757, 0o760, 0o761, 0o762, 0o763,
    0o764, 0o765, 0o766, 0o767, 0o770, 0o771, 0o772, 0o773, 0o774, 0o775, 0o776, 0o777,
    # setuid / setgid / sticky variants of the usual group- or world-writable modes
    0o1660, 0o1664, 0o1666, 0o1766, 0o1770, 0o1772, 0o1774, 0o1775, 0o1776, 0o1777, 0o2660, 0o2664,
    0o2666, 0o2766, 0o2770, 0o2772, 0o2774, 0o2775, 0o2776, 0o2777, 0o3660, 0o3664, 0o3666, 0o3766,
    0o3770, 0o3772, 0o3774, 0o3775, 0o3776, 0o3777, 0o4660, 0o4664, 0o4666, 0o4766, 0o4770, 0o4772,
    0o4774, 0o4775, 0o4776, 0o4777, 0o5660, 0o5664, 0o5666, 0o5766, 0o5770, 0o5772, 0o5774, 0o5775,
    0o5776, 0o5777, 0o6660, 0o6664, 0o6666, 0o6766, 0o6770, 0o6772, 0o6774, 0o6775, 0o6776, 0o6777,
    0o7660, 0o7664, 0o7666, 0o7766, 0o7770, 0o7772, 0o7774, 0o7775, 0o7776, 0o7777,
    "stat.S_IRWXO",
    "stat.S_IWOTH",
    "stat.S_IRWXG",
    "stat.S_IWGRP",
]


@python_rule(
    id="PYTHON-LANG-SEC-101",
    name="Insecure File Permissions",
    severity="MEDIUM",
    category="lang",
    cwe="CWE-732",
    owasp="A01:2021",
    message="File permissions let the group or all users write to the file. Grant only what is needed, for example 0o600 for private files and 0o644 (0o755 for programs and directories) for files others may read.",
)
def detect_insecure_file_permissions():
    """chmod-style calls (os, pathlib, SFTP) whose mode lets the group or other users write."""
    return Or(
        # os.chmod(path, mode), os.fchmod(fd, mode), os.lchmod(path, mode), sftp.chmod(path, mode)
        calls("*.chmod", "*.lchmod", "*.fchmod", match_position={1: WRITABLE_MODES}),
        calls("*.chmod", "*.lchmod", "*.fchmod", match_name={"mode": WRITABLE_MODES}),
        # pathlib.Path(...).chmod(mode) and other objects whose chmod takes only the mode
        And(
            calls("*.chmod", "*.lchmod", match_position={0: WRITABLE_MODES}),
            Not(calls("os.chmod", "os.lchmod", "os.fchmod")),
        ),
    )
