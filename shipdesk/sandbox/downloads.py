"""`GET /v2/downloads/{dir}/{subdir}/{filename}`: pre-authorised label, form and manifest files (no API key).

Files come from `world.files` (label formats not made yet are made on first download, see
`v2_label_files.resolve`). `?download=0` asks for `Content-Disposition: inline` (open in a browser),
anything else gets `attachment`. `?rotation=` is checked against the documented values (pdf 0/90/180/270,
zpl 0/180, png none) but the sandbox serves the file unrotated.
"""

from __future__ import annotations

from typing import Any

from . import v2_errors
from .http import Request, Response
from .router import Router
from .state import World
from .v2_label_files import resolve

router = Router("downloads")
ROTATIONS = {"pdf": ("0", "90", "180", "270"), "zpl": ("0", "180"), "png": ("0",)}


@router.route("GET", "/v2/downloads/{dir}/{subdir}/{filename}")
def download_file(req: Request, world: World) -> Any:
    path = f"{req.params['dir']}/{req.params['subdir']}/{req.params['filename']}"
    found = resolve(world, path)
    if found is None:
        raise v2_errors.not_found("file", f"/v2/downloads/{path}")
    data, content_type = found
    extension = req.params["filename"].rsplit(".", 1)[-1].lower()
    rotation = req.q("rotation")
    if rotation not in (None, "") and rotation not in ROTATIONS.get(extension, ("0",)):
        allowed = ", ".join(ROTATIONS.get(extension, ("0",)))
        raise v2_errors.invalid_field(f"'rotation' for a {extension} file must be one of {allowed}, not '{rotation}'.")
    disposition = "inline" if req.q("download") == "0" else "attachment"
    return Response(200, data, content_type,
                    {"Content-Disposition": f'{disposition}; filename="{req.params["filename"]}"'})
