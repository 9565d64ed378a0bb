FROM mcr.microsoft.com/windows/servercore:ltsc2022
# ok: DOCKER-BP-018
WORKDIR C:\app
# ok: DOCKER-BP-018
WORKDIR \tools
