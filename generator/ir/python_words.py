"""The words of Python a generated name must not be, fixed here so that every Python the project claims (3.10 to
3.13) decides the same names.

Asking the running interpreter (`keyword.iskeyword`, `keyword.issoftkeyword`, `dir(builtins)`) made the output
depend on it: `type` became a soft keyword in 3.12, so 3.12 and 3.13 renamed every field called `type` to `type_`
and generated another API from the same spec. tests/generator/test_gen_naming.py checks these lists against every
interpreter of the supported versions found on the machine.
"""

from __future__ import annotations

# The hard keywords of Python 3.10 to 3.13 (the same list in each). Soft keywords (`match`, `case`, `type`, `_`)
# are valid identifiers wherever a generated name goes, so they are not here and are never renamed.
HARD_KEYWORDS = frozenset(
    """
False None True and as assert async await break class continue def del elif else except finally for from
global if import in is lambda nonlocal not or pass raise return try while with yield
    """.split()
)

# Every name in `builtins` on any of Python 3.10 to 3.13: a name a newer Python adds is avoided on all of them.
BUILTIN_NAMES = frozenset(
    """
ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError
BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning
EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError
FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError
IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError None
NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning
PermissionError ProcessLookupError PythonFinalizationError RecursionError ReferenceError ResourceWarning
RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError
SystemExit TabError TimeoutError True TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError
UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError
_IncompleteInputError __build_class__ __debug__ __doc__ __import__ __loader__ __name__ __package__ __spec__
abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex
copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr
globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max
memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice
sorted staticmethod str sum super tuple type vars zip
    """.split()
)
