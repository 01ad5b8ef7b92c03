"""newsclean: the article of a news page, clean, with its metadata normalised."""

from newsclean.chain import Chain
from newsclean.model import Article
from newsclean.pipeline import extract

__version__ = "0.1.0"
__all__ = ["Article", "Chain", "__version__", "extract"]
