"""The one cancellation exception of Clusterindex."""


class Canceled(Exception):
    """Raised when the caller's is_canceled() turns true during a computation; the
    Processing layer catches it in one place (ClusterIndexAlgorithm.processAlgorithm)."""
