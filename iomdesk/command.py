"""The `iomdesk` command (and `python -m iomdesk`, and the bundle): the one module above app."""


def run() -> int:
    """app.main, with Python's cycle collector held off until the window has painted.

    Starting makes some 43,000 objects that live as long as the app (Qt's classes and enums,
    our modules, the rows). The collector would run about 60 times over them before the
    first paint, 10-14 ms of every start, and find next to nothing to free. app.main turns it
    back on once the rows have painted (after five seconds at the latest). Nothing is imported
    before the collector is off: this module imports nothing at its top.
    """
    import gc

    gc.disable()
    try:
        from iomdesk.app import main

        return main()
    finally:
        gc.enable()
